#pragma once

#include <QString>

class SupportMatrix;

// The help texts of `dsstudio`, generated from the support matrix where they list types,
// fields and the order of secret lines for --secret-stdin.
namespace CliHelp {

QString text(const QString &topic, const SupportMatrix &matrix);

} // namespace CliHelp
