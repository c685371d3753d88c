#pragma once

#include <nlohmann/json.hpp>

#include <QList>
#include <QString>
#include <QStringList>

#include "services/core/datastore.h"

class SupportMatrix;
struct ApiError;

// Formatting of the CLI's output: aligned text tables for people, JSON for machines.
// Writes to stdout/stderr as UTF-8. Never given secret values.
namespace CliOutput {

void print(const QString &text);   // stdout, adds a newline
void printError(const QString &text); // stderr, adds a newline
void printJson(const nlohmann::json &value);
// Columns separated by two spaces, each as wide as its widest cell; no trailing spaces.
void printTable(const QStringList &header, const QList<QStringList> &rows);

nlohmann::json toJson(const QString &text);
// Which service holds a datastore's record: "local", "azureml-arm-v2" or "azureml-v1".
QString apiName(const Datastore &ds);
nlohmann::json datastoreSummary(const Datastore &ds, const SupportMatrix &matrix);
nlohmann::json datastoreDetails(const Datastore &ds, const SupportMatrix &matrix);
nlohmann::json errorJson(const ApiError &error);
// The secret fields the datastore's auth kind has but the keychain does not hold.
QStringList missingSecrets(const Datastore &ds, const SupportMatrix &matrix);

} // namespace CliOutput
