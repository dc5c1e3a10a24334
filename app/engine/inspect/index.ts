export * from './image-layers';
export * from './disk-usage';
export * from './merged-view';
export * from './layer-changes';
