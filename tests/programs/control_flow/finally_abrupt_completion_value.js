// The completion value of a try statement whose finally block leaves by break / continue
// is the finally block's own value (or undefined), as eval shows.
var cases = [
  '99; do { -99; try { 39 } catch (e) { -1 } finally { 42; break; -2 }; } while (false);',
  '99; do { -99; try { [].x.x } catch (e) { -1; } finally { 42; break; -3 }; } while (false);',
  '99; do { -99; try { 39 } catch (e) { -1 } finally { break; -2 }; } while (false);',
  '99; do { -99; try { [].x.x } catch (e) { -1; } finally { break; -3 }; } while (false);',
  '99; do { -99; try { 39 } catch (e) { -1 } finally { 42; break; -3 }; -77 } while (false);',
  '99; do { -99; try { 39 } catch (e) { -1 } finally { 42; continue; -3 }; } while (false);',
  '99; do { -99; try { [].x.x } catch (e) { -1 } finally { 42; continue; -3 }; -77 } while (false);',
  '1; try { 2 } finally { 3 }',
  'L: { 1; try { 2 } finally { 3; break L } }',
  'L: { 1; try { 2; break L } finally { 3 } }',
  'L: { 1; try { 2 } finally { if (true) { 5; break L } } }',
  'for (var i = 0; i < 3; i++) { try { i } finally { if (i == 1) continue; "f" + i } }',
];
for (var c of cases) console.log(JSON.stringify(eval(c)));
