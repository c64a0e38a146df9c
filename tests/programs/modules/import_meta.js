console.log(typeof import.meta, Object.getPrototypeOf(import.meta));
console.log(import.meta === import.meta, import.meta.url.startsWith('file:///'));
console.log(import.meta.url.endsWith('/modules/import_meta.js'));
console.log(import.meta.filename.endsWith('import_meta.js'), typeof import.meta.resolve);
console.log(import.meta.resolve('./fixtures/counter.js').endsWith('/modules/fixtures/counter.js'));
import.meta.custom = 1;
console.log(import.meta.custom);
function inner() { return import.meta; }
console.log(inner() === import.meta);
console.log(this);
