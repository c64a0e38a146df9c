// Numeric loops: Mandelbrot set membership on an N x N grid (float arithmetic, tight loops).
var N = typeof SIZE === "number" ? SIZE : 120;

function mandelbrot(size, maxIter) {
  var inside = 0;
  var iterSum = 0;
  for (var y = 0; y < size; y++) {
    var ci = (2.0 * y) / size - 1.0;
    for (var x = 0; x < size; x++) {
      var cr = (2.5 * x) / size - 2.0;
      var zr = 0.0, zi = 0.0, zr2 = 0.0, zi2 = 0.0;
      var i = 0;
      while (i < maxIter && zr2 + zi2 <= 4.0) {
        zi = 2.0 * zr * zi + ci;
        zr = zr2 - zi2 + cr;
        zr2 = zr * zr;
        zi2 = zi * zi;
        i++;
      }
      if (i === maxIter) inside++;
      iterSum += i;
    }
  }
  return [inside, iterSum];
}

var r = mandelbrot(N, 50);
console.log("mandelbrot " + N + " " + r[0] + " " + r[1]);
