export { readXlsxRows, writeXlsxRows, rosterTemplateXlsx } from './roster-xlsx.js';
export { cellText } from './cell-text.js';
