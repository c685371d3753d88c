#pragma once

#include <QString>

#include <nlohmann/json.hpp>

// Reading members of untrusted JSON answers (ARM, the v1 service, Entra ID, the Azure CLI's
// files): the wrong type reads as absent, never as a crash.
namespace JsonValues {

// A string member's text, or empty when the member is absent, null or not a string.
inline QString string(const nlohmann::json &object, const char *name)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(name);
    if (it == object.end() || !it->is_string())
        return {};
    return QString::fromStdString(it->get<std::string>());
}

} // namespace JsonValues
