describe('toolchain', () => {
  it('runs TypeScript specs in ESM mode', () => {
    expect(typeof import.meta.url).toBe('string');
  });
});
