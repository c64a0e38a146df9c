// toLocaleLowerCase / toLocaleUpperCase: default locale behaves like toLowerCase; tr/az/lt tailorings
const words = ["I", "İ", "i", "ı", "TITLE", "ǅemal", "Iİiı", "ΑΣ", "ß"];
for (const w of words) {
  console.log(w, w.toLocaleLowerCase(), w.toLocaleUpperCase(), w.toLocaleLowerCase("en-US"), w.toLocaleUpperCase("en-US"));
  console.log("  tr:", w.toLocaleLowerCase("tr"), w.toLocaleUpperCase("tr"), "az:", w.toLocaleLowerCase("az"), w.toLocaleUpperCase("az-Latn"));
  console.log("  arr:", w.toLocaleLowerCase(["tr", "en"]), w.toLocaleUpperCase(["en", "tr"]));
}
console.log(String.prototype.toLocaleLowerCase.length, String.prototype.toLocaleUpperCase.length);
console.log(String.prototype.toLocaleUpperCase.call(12), String.prototype.toLocaleLowerCase.call(false));
try { String.prototype.toLocaleLowerCase.call(null); } catch (e) { console.log(e.name, e.message); }
try { String.prototype.toLocaleUpperCase.call(undefined); } catch (e) { console.log(e.name, e.message); }
