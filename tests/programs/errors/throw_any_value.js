// throw works with any value; catch bindings, optional catch binding, rethrow, finally overrides
const values = [1, 'str', null, undefined, { custom: true }, [1, 2], Symbol.for('thrown'), 10n, () => 'fn'];
for (const v of values) {
  try { throw v; } catch (e) { console.log(typeof e, e === v, String(e === null || typeof e === 'symbol' ? String(e) : e)); }
}
try { throw new Error('x'); } catch { console.log('optional catch binding'); }
try { try { throw 1; } finally { console.log('finally runs'); } } catch (e) { console.log('outer got', e); }
function fin() { try { throw new Error('lost'); } finally { return 'finally wins'; } }
console.log(fin());
function rethrow() { try { throw new TypeError('first'); } catch (e) { e.message += ' (rethrown)'; throw e; } }
try { rethrow(); } catch (e) { console.log(e.constructor.name, e.message); }
try { try { throw 'a'; } catch (e) { throw 'b'; } finally { console.log('cleanup'); } } catch (e) { console.log('caught', e); }
const { message, name } = (() => { try { null.x; } catch (e) { return e; } })();
console.log(name, message);
try { throw { name: 'Fake', message: 'not an Error' }; } catch (e) { console.log(e instanceof Error, e.name, e.message); }
let caught;
try { [1, 2, 3].forEach((x) => { if (x === 2) throw x; }); } catch (e) { caught = e; }
console.log('from callback', caught);
