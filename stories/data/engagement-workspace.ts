export { engagementAsOf, openEngagementWorkspace } from '../../test/components/support/engagement-fixture.js';
