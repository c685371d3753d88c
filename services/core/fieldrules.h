#pragma once

#include <optional>

#include <QString>

#include "services/core/datastore.h"
#include "services/core/result.h"
#include "services/core/supportmatrix.h"

// Field-level rules and the whole-record check of a registration. Pure functions.
namespace FieldRules {

// Checks one value against its field's rule. Errors name the field (label and id) and the
// rule; a secret field's value is never quoted.
std::optional<ApiError> check(const FieldSpec &field, const QString &value);

// True for localhost, 127.0.0.0/8 and ::1.
bool isLoopbackHost(const QString &host);

// Checks a registration against the matrix and returns the datastore with defaults filled
// in and values normalised (a SAS token loses its leading '?'); the secrets are normalised
// in place. Errors: name rule, auth kind not allowed for the type, unknown or missing
// fields, field rules, missing or unexpected secrets, http to a non-loopback host.
Result<Datastore> normalize(const SupportMatrix &matrix, const Datastore &datastore, SecretMap &secrets);

// The same for a credential update of an existing datastore.
Result<Datastore> applyCredentialUpdate(const SupportMatrix &matrix, const Datastore &existing,
                                        const CredentialUpdate &update, SecretMap &secrets);

} // namespace FieldRules
