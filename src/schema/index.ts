export * from './enums.ts';
export * from './dates.ts';
export * from './event.ts';
export * from './translation.ts';
export * from './source.ts';
export * from './place.ts';
export * from './integrity.ts';
export * from './story.ts';
