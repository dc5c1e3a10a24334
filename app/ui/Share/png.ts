/**
 * A PNG of an SVG string, drawn by the browser on a canvas at `scale` times its size
 * (2 by default, for crisp slides). The SVG is self-contained (no external images or
 * fonts), so the canvas is never tainted.
 */
export function svgToPng(svg: string, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    const image = new Image();
    image.onload = () => {
      try {
        const canvas = document.createElement('canvas');
        canvas.width = Math.ceil(image.naturalWidth * scale);
        canvas.height = Math.ceil(image.naturalHeight * scale);
        const context = canvas.getContext('2d');
        if (!context) throw new Error('this browser cannot draw on a canvas');
        context.scale(scale, scale);
        context.drawImage(image, 0, 0);
        canvas.toBlob((blob) =>
          blob ? resolve(blob) : reject(new Error('the picture could not be encoded')),
        );
      } catch (err) {
        reject(err instanceof Error ? err : new Error(String(err)));
      } finally {
        URL.revokeObjectURL(url);
      }
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('the diagram could not be drawn'));
    };
    image.src = url;
  });
}
