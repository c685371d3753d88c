#include "services/auth/cloud.h"

#include <QCoreApplication>

#include "services/core/fieldrules.h"

using namespace Qt::Literals::StringLiterals;

namespace {

CloudProfile make(const QString &name, const QString &login, const QString &arm, const QString &suffix)
{
    return {name, QUrl(u"https://"_s + login), QUrl(arm), arm + u'/', suffix};
}

std::optional<ApiError> checkEndpoint(const QUrl &url, const QString &field, const QString &label)
{
    const bool secure = url.scheme() == u"https"_s || (url.scheme() == u"http"_s && FieldRules::isLoopbackHost(url.host()));
    if (url.isValid() && !url.host().isEmpty() && secure && url.userInfo().isEmpty() && !url.hasQuery() && !url.hasFragment())
        return std::nullopt;
    return ApiError::make(ApiError::Kind::InvalidInput, u"cloud.endpoint"_s,
                          QCoreApplication::translate("CloudProfile", "%1: '%2' must be an https URL without user name, query "
                                                                      "or fragment (plain http only on a loopback host).")
                              .arg(label, url.toString(QUrl::RemoveUserInfo)),
                          field);
}

} // namespace

QList<CloudProfile> CloudProfile::builtin()
{
    return {
        make(u"AzureCloud"_s, u"login.microsoftonline.com"_s, u"https://management.azure.com"_s, u"core.windows.net"_s),
        make(u"AzureUSGovernment"_s, u"login.microsoftonline.us"_s, u"https://management.usgovcloudapi.net"_s, u"core.usgovcloudapi.net"_s),
        make(u"AzureChinaCloud"_s, u"login.chinacloudapi.cn"_s, u"https://management.chinacloudapi.cn"_s, u"core.chinacloudapi.cn"_s),
    };
}

std::optional<CloudProfile> CloudProfile::byName(const QString &name)
{
    const QString n = name.toLower();
    const QString canonical = n == u"public"_s ? u"azurecloud"_s : n == u"usgov"_s ? u"azureusgovernment"_s : n == u"china"_s ? u"azurechinacloud"_s : n;
    for (const CloudProfile &c : builtin()) {
        if (c.name.toLower() == canonical)
            return c;
    }
    return std::nullopt;
}

Result<CloudProfile> CloudProfile::custom(const QUrl &arm, const QUrl &authority)
{
    if (auto e = checkEndpoint(arm, u"arm_endpoint"_s, QCoreApplication::translate("CloudProfile", "ARM endpoint")))
        return *e;
    if (auto e = checkEndpoint(authority, u"authority"_s, QCoreApplication::translate("CloudProfile", "Authority")))
        return *e;
    CloudProfile c;
    c.name = CustomName;
    c.arm = arm.adjusted(QUrl::StripTrailingSlash);
    c.authority = authority.adjusted(QUrl::StripTrailingSlash);
    c.armResource = c.arm.toString() + u'/';
    c.storageSuffix = u"core.windows.net"_s;
    return c;
}
