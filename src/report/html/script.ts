/**
 * The page's one inline script: click a column heading of the ranking table to sort by it
 * (again to reverse); the sorted column's heading says its order (`aria-sort`), and the headings
 * are buttons, so a keyboard sorts too. Cells sort by `data-sort` when they have one, else by their text. It
 * reads nothing from the data: the page's CSP allows this script alone, by its hash.
 */
export const sortScript = `(function () {
  function key(cell) {
    var s = cell.getAttribute('data-sort');
    if (s === null) s = cell.textContent.trim().toLowerCase();
    var n = Number(s);
    return s !== '' && !isNaN(n) ? n : s;
  }
  document.querySelectorAll('table.ranking').forEach(function (table) {
    var body = table.tBodies[0];
    table.querySelectorAll('thead th').forEach(function (th, i) {
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = th.textContent;
      th.textContent = '';
      th.appendChild(button);
      // the rows come in rank order: say so, and let the first press on Rank reverse it
      if (i === 0) th.setAttribute('aria-sort', 'ascending');
      var up = i !== 0;
      button.addEventListener('click', function () {
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (x, y) {
          var a = key(x.cells[i]), b = key(y.cells[i]);
          if (typeof a !== typeof b) return typeof a === 'number' ? -1 : 1;
          return (a < b ? -1 : a > b ? 1 : 0) * (up ? 1 : -1);
        });
        rows.forEach(function (r) { body.appendChild(r); });
        table.querySelectorAll('thead th').forEach(function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', up ? 'ascending' : 'descending');
        up = !up;
      });
    });
  });
})();`;
