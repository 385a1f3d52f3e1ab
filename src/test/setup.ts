// Every renderer unit test gets an in-memory IndexedDB, so repositories run
// against the real Dexie code rather than a mock of it.
import 'fake-indexeddb/auto';
