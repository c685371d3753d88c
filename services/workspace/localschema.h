#pragma once

#include <QSqlDatabase>

#include "services/core/result.h"

// Forward migrations of the local workspace schema. Version N's migration takes a database
// at version N-1 to N inside the caller's transaction.
//   v1: one `datastores` table, non-secret fields as a JSON object, is_default per row.
//   v2: normalised `datastore` / `datastore_field` / `datastore_secret` tables (so a field
//       can be queried and a crash cannot tear a JSON blob), system flag, modification time,
//       and a single default kept in `workspace`.
//   v3: `datastore.secret_gen` (the generation its keychain entries are named with) and the
//       `secret_intent` table (keychain entries being written or deleted, swept after a kill).
//   v4: `datastore.description` and the `datastore_tag` table (what az ml YAML carries).
namespace LocalSchema {

VoidResult migrateTo(QSqlDatabase &db, int version);

} // namespace LocalSchema
