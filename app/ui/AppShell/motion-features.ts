/** Loaded after first paint by LazyMotion: the animation features the views use. */
export { domAnimation as default } from 'motion/react';
