export * from './paths';
export * from './server';
export * from './chromium';
