import { Loader, SimpleGrid, Stack } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useDashboard, useDashboardNow } from '../../data';
import type { Cause } from '../../domain/complaint';
import { today } from './today';
import { ComplaintCharts } from './ComplaintCharts';
import { FilterBar } from './FilterBar';
import { rangeOf, type DashboardFilterValues } from './filters';
import { GapCharts } from './GapCharts';
import { Tiles } from './Tiles';

/** The dashboard's first tab: filters, tiles and charts. */
export function Overview() {
  const [filter, setFilter] = useState<DashboardFilterValues>(() => {
    const day = today();
    return { kind: 'quarter', reference: day, custom: { from: day, to: day }, serviceAreaId: '' };
  });
  const navigate = useNavigate();
  // An action starts on the actions tab, so the studio sees it join the list it belongs to.
  const createAction = (cause: Cause) => void navigate(`/dashboard/actions?new=${cause}`);
  const now = useDashboardNow(today());
  const data = useDashboard({
    range: rangeOf(filter),
    ...(filter.serviceAreaId ? { serviceAreaId: filter.serviceAreaId } : {}),
  });
  return (
    <Stack gap="md">
      <FilterBar value={filter} onChange={setFilter} />
      {data === undefined || now === undefined ? (
        <Loader />
      ) : (
        <>
          <Tiles now={now} data={data} />
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            <GapCharts data={data} />
            <ComplaintCharts data={data} onCreateAction={createAction} />
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
