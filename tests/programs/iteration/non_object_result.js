const bad = { [Symbol.iterator]() { return { next() { return 5; } }; } };
try { for (const x of bad) {} } catch (e) { console.log(e.constructor.name); }
try { [...bad]; } catch (e) { console.log(e.constructor.name); }
const notIter = { [Symbol.iterator]() { return 7; } };
try { for (const x of notIter) {} } catch (e) { console.log(e.constructor.name); }
try { for (const x of { [Symbol.iterator]: 1 }) {} } catch (e) { console.log(e.constructor.name); }
const noNext = { [Symbol.iterator]() { return {}; } };
try { for (const x of noNext) {} } catch (e) { console.log(e.constructor.name); }
