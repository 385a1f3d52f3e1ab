import { createRoot } from 'react-dom/client';

// The boot baseline: React and a 50-row table, built with the app's toolchain,
// and nothing else. The app's boot is judged against this page's.
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

const root = document.getElementById('root');
if (root) createRoot(root).render(<BareTable />);
