import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../instance';
import { countClients, getClient, listClientsPage, searchClients } from '../repositories/clients';
import { listComplaintsOfClient } from '../repositories/complaints';

/** Live search of the client registry; `undefined` while loading. */
export const useClientSearch = (query: string, limit: number) =>
  useLiveQuery(() => searchClients(db, query, limit), [query, limit]);

/** Live client by id: `undefined` while loading, `null` when there is none. */
export const useClient = (id: string) => useLiveQuery(async () => (await getClient(db, id)) ?? null, [id]);

export const useComplaintsOfClient = (clientId: string) =>
  useLiveQuery(() => listComplaintsOfClient(db, clientId), [clientId]);

/** Live page of the registry in name order; `undefined` while loading. */
export const useClientsPage = (offset: number, limit: number) =>
  useLiveQuery(() => listClientsPage(db, offset, limit), [offset, limit]);

export const useClientCount = () => useLiveQuery(() => countClients(db), []);
