import { createRoot } from 'react-dom/client';

// The boot baseline: React and a 50-row table, built with the app's toolchain,
// and nothing else. The app's boot is judged against this page's. With
// `?scroll` the table sits in a scroller as tall as 100,000 queue rows: the
// scrolling baseline, what this engine does when a frame has nothing to draw.
const QUEUE_HEIGHT = 100_000 * 41;
const rows = Array.from({ length: 50 }, (_, i) => ({
  id: i,
  code: `R-2026-${String(i + 1).padStart(4, '0')}`,
}));

function BareTable() {
  return (
    <table>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <td>{row.code}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function BareScroller() {
  return (
    <div style={{ height: '100vh', overflow: 'auto' }}>
      <BareTable />
      <div style={{ height: QUEUE_HEIGHT }} />
    </div>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(location.search.includes('scroll') ? <BareScroller /> : <BareTable />);
