#include "app/cli/clioutput.h"

#include <cstdio>

#include "services/core/apierror.h"
#include "services/core/printable.h"
#include "services/core/supportmatrix.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// Everything printed may hold text from elsewhere (a server's error code and message, a name,
// a description): every control character but the line breaks and tabs that lay it out is
// shown escaped, so nothing printed can drive the terminal.
QByteArray terminalSafe(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        QStringList cells = line.split(u'\t');
        for (QString &cell : cells)
            cell = Printable::line(cell);
        line = cells.join(u'\t');
    }
    return (lines.join(u'\n') + u'\n').toUtf8();
}

} // namespace

namespace CliOutput {

void print(const QString &text)
{
    const QByteArray bytes = terminalSafe(text);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printError(const QString &text)
{
    const QByteArray bytes = terminalSafe(text);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void printJson(const nlohmann::json &value)
{
    // JSON escapes by its own rules; everything beyond ASCII as \uXXXX, so that C1 controls
    // and bidirectional overrides in a name reach a program intact and a terminal inert.
    const std::string text = value.dump(2, ' ', true, nlohmann::json::error_handler_t::replace) + '\n';
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
}

void printTable(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &h : header)
        widths.append(h.size());
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    const auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const bool last = c + 1 == cells.size();
            text += last ? cells.at(c) : cells.at(c).leftJustified(widths.at(c)) + u"  "_s;
        }
        while (text.endsWith(u' '))
            text.chop(1);
        print(text);
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
}

nlohmann::json toJson(const QString &text)
{
    return text.toStdString();
}

QStringList missingSecrets(const Datastore &ds, const SupportMatrix &matrix)
{
    QStringList missing;
    if (const AuthSpec *auth = matrix.type(ds.type).authSpec(ds.auth)) {
        for (const FieldSpec &f : auth->secretFields()) {
            if (!ds.storedSecrets.contains(f.id))
                missing.append(f.id);
        }
    }
    return missing;
}

QString apiName(const Datastore &ds)
{
    if (ds.origin == u"arm"_s)
        return u"azureml-arm-v2"_s;
    if (ds.origin == u"v1"_s)
        return u"azureml-v1"_s;
    return u"local"_s;
}

nlohmann::json datastoreSummary(const Datastore &ds, const SupportMatrix &matrix)
{
    return {
        {"name", toJson(ds.name)},
        {"type", toJson(StorageTypes::id(ds.type))},
        {"default", ds.isDefault},
        {"account", toJson(ds.account(matrix))},
        {"container", toJson(ds.container(matrix))},
        {"auth", toJson(StorageTypes::id(ds.auth))},
        {"system", ds.isSystem},
        {"api", toJson(apiName(ds))},
    };
}

nlohmann::json datastoreDetails(const Datastore &ds, const SupportMatrix &matrix)
{
    nlohmann::json j = datastoreSummary(ds, matrix);
    nlohmann::json fields = nlohmann::json::object();
    for (auto it = ds.fields.begin(); it != ds.fields.end(); ++it)
        fields[it.key().toStdString()] = toJson(it.value());
    j["fields"] = fields;
    nlohmann::json stored = nlohmann::json::array();
    for (const QString &s : ds.storedSecrets)
        stored.push_back(toJson(s));
    j["secretsStored"] = stored;
    nlohmann::json missing = nlohmann::json::array();
    for (const QString &s : missingSecrets(ds, matrix))
        missing.push_back(toJson(s));
    j["secretsMissing"] = missing;
    j["description"] = toJson(ds.description);
    nlohmann::json tags = nlohmann::json::object();
    for (auto it = ds.tags.begin(); it != ds.tags.end(); ++it)
        tags[it.key().toStdString()] = toJson(it.value());
    j["tags"] = tags;
    j["uri"] = toJson(ds.azuremlUri());
    j["createdAt"] = toJson(ds.createdAt.toString(Qt::ISODate));
    j["modifiedAt"] = toJson(ds.modifiedAt.toString(Qt::ISODate));
    const QString note = matrix.type(ds.type).note;
    if (!note.isEmpty())
        j["note"] = toJson(note);
    if (!ds.notes.isEmpty()) {
        nlohmann::json notes = nlohmann::json::array();
        for (const QString &n : ds.notes)
            notes.push_back(toJson(n));
        j["warnings"] = notes;
    }
    return j;
}

nlohmann::json errorJson(const ApiError &error)
{
    nlohmann::json e = {{"kind", toJson(ApiError::kindName(error.kind))},
                        {"code", toJson(error.code)},
                        {"message", toJson(error.message)}};
    if (!error.field.isEmpty())
        e["field"] = toJson(error.field);
    if (!error.detail.isEmpty())
        e["detail"] = toJson(error.detail);
    return {{"error", e}};
}

} // namespace CliOutput
