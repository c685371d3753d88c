#pragma once

#include <nlohmann/json.hpp>

#include "services/core/datastore.h"
#include "services/core/result.h"
#include "services/core/supportmatrix.h"

struct HttpResponse;

// The wire shapes of Azure ML datastores, both ways, as pure functions (REFERENCE.md 4, 5):
// the ARM v2 DatastoreResource (Blob, File, ADLS Gen1, Gen2) and the v1 DataStore DTO (Azure
// SQL Database, PostgreSQL, MySQL, DBFS), and the ARM and v1 error bodies. Field ids are the
// support matrix's; the JSON names are the service's. Answers are untrusted: a missing or
// mistyped member is a Parse error naming it, never a crash, and text is kept as sent.
namespace AzureMlMapping {

enum class Api { V2, V1 };

// A datastore name the service can hold: ARM's ^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$ (wider than
// the studio's own rule, which applies to what it registers). Answers with other names are
// left out of lists; such names are never sent back in a URL.
bool isServiceName(const QString &name);

// Which API registers a type: v2 (ARM) where the type exists there, else v1.
Api apiFor(StorageType type);
QString apiLabel(Api api); // "ARM v2", "v1 datastore service"

// The body of a v2 PUT: {"properties":{...}} with exactly the members the spec defines for the
// type and credential. `previous` (an existing resource's "properties") keeps its description,
// tags and properties on an update.
nlohmann::json toArm(const Datastore &ds, const SecretMap &secrets, const nlohmann::json &previous = nlohmann::json());
// A v2 DatastoreResource. A datastoreType the studio does not know (OneLake, or a v1 type) is
// an Unsupported error with code azureml.unknown_type.
Result<Datastore> fromArm(const SupportMatrix &matrix, const nlohmann::json &resource);
// What listSecrets answered, as the secret fields of `ds`'s auth kind.
Result<SecretMap> secretsFromArm(const Datastore &ds, const nlohmann::json &secrets);

// The v1 DTO of a POST / PUT. `previous` (an existing DTO) keeps its tags, description and
// any unknown keys of its section.
nlohmann::json toV1(const Datastore &ds, const SecretMap &secrets, const nlohmann::json &previous = nlohmann::json());
// A v1 DTO; `secrets`, when given, receives the secret values the DTO carries.
Result<Datastore> fromV1(const SupportMatrix &matrix, const nlohmann::json &dto, SecretMap *secrets = nullptr);

// An ApiError from an ARM or v1 error response: the deepest message of error.details /
// innerError, the service's code, the HTTP status, and the client request id so a user can
// quote it to support. 401/403 are Auth, 404 NotFound, 409 Conflict, 400 with a
// validation code InvalidInput.
ApiError errorFrom(const HttpResponse &response, const QString &what);

} // namespace AzureMlMapping
