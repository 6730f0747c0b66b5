#pragma once

namespace rasad {

class Store;
struct StoreError;

/**
 * Re-runs extraction and merging over every article in the store and replaces the extracted actors
 * and events in one transaction. Deterministic and idempotent: the same articles and rules give the
 * same record.
 */
bool extractAll(Store &store, StoreError *error);

} // namespace rasad
