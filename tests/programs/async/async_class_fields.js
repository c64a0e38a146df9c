class Loader {
  cache = new Map();
  load = async (key) => {
    if (this.cache.has(key)) return this.cache.get(key) + ' (cached)';
    await null;
    this.cache.set(key, 'value:' + key);
    return this.cache.get(key);
  };
  static create = async () => new Loader();
  #secret = 'hidden';
  async reveal() { await null; return this.#secret; }
}
(async () => {
  const l = await Loader.create();
  console.log(await l.load('a'));
  console.log(await l.load('a'));
  console.log(await l.reveal());
})();
