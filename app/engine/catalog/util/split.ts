/**
 * Splits a byte total among files in proportion to weights, in whole bytes that add up
 * exactly to the total (the last file takes the rounding remainder), so a package's
 * installed size always equals the sum of its files.
 */
export function splitBytes(total: number, weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  const sum = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => (sum > 0 ? Math.floor((total * w) / sum) : 0));
  const used = sizes.reduce((a, b) => a + b, 0);
  sizes[sizes.length - 1] = (sizes[sizes.length - 1] ?? 0) + (total - used);
  return sizes;
}
