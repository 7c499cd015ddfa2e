/** 青龙街道's tenant (its administrative code) and the street administrator the demo acts as. */
export const demoTenant = '320402';
export const demoActor = { id: 'demo-admin', name: '街道管理员', roles: ['streetAdmin'] };
