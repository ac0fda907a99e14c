/**
 * The add-in's version (package.json), written into the bundle by webpack's DefinePlugin; outside a
 * webpack build (jest, tsx) it reads as a development version.
 */
declare const __ADDIN_VERSION__: string | undefined;

export const ADDIN_VERSION: string = typeof __ADDIN_VERSION__ === 'string' ? __ADDIN_VERSION__ : '0.0.0-dev';
