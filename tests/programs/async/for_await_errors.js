(async () => {
  try { for await (const x of 5) ; } catch (e) { console.log(e.constructor.name); }
  try { for await (const x of { [Symbol.asyncIterator]() { return 1; } }) ; } catch (e) { console.log(e.constructor.name, e.message); }
  try {
    for await (const x of { [Symbol.asyncIterator]() { return { next() { return 5; } }; } }) ;
  } catch (e) { console.log(e.constructor.name, e.message); }
  try {
    for await (const x of { [Symbol.asyncIterator]() { return { next() { return Promise.reject(new Error('next rejected')); } }; } }) ;
  } catch (e) { console.log(e.message); }
})();
