#include "ui/appearance.h"

#include <optional>

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusVariant>
#include <QStyle>
#include <QStyleFactory>

#include "ui/tones.h"

using namespace Qt::Literals::StringLiterals;

namespace {

const QString PortalService = u"org.freedesktop.portal.Desktop"_s;
const QString PortalPath = u"/org/freedesktop/portal/desktop"_s;
const QString PortalSettings = u"org.freedesktop.portal.Settings"_s;
const QString AppearanceGroup = u"org.freedesktop.appearance"_s;
const QString ColorScheme = u"color-scheme"_s;

// 1: prefers dark, 2: prefers light, 0 or anything else: no preference.
std::optional<bool> fromScheme(const QVariant &value)
{
    QVariant v = value;
    while (v.canConvert<QDBusVariant>() && v.userType() == qMetaTypeId<QDBusVariant>())
        v = v.value<QDBusVariant>().variant(); // Read() answers a variant in a variant
    bool ok = false;
    const uint scheme = v.toUInt(&ok);
    if (!ok || (scheme != 1 && scheme != 2))
        return std::nullopt;
    return scheme == 1;
}

} // namespace

Appearance::Appearance(QObject *parent) : QObject(parent) { }

Appearance::~Appearance() = default;

QPalette Appearance::darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(37, 37, 38));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Base, QColor(30, 30, 30));
    dark.setColor(QPalette::AlternateBase, QColor(45, 45, 48));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::Button, QColor(51, 51, 55));
    dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    dark.setColor(QPalette::BrightText, QColor(255, 120, 120));
    dark.setColor(QPalette::Highlight, QColor(38, 79, 120));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(110, 170, 255));
    dark.setColor(QPalette::ToolTipBase, QColor(51, 51, 55));
    dark.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
    dark.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, QColor(128, 128, 128));
    return dark;
}

bool Appearance::isDark()
{
    return Tones::isDark(QApplication::palette());
}

void Appearance::usePalette(bool dark)
{
    // Fusion draws any palette faithfully; the platform's style may not draw a dark one.
    if (dark && QApplication::style()->name().compare(u"fusion"_s, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
}

void Appearance::apply(Preferences::Appearance mode)
{
    m_mode = mode;
    if (mode != Preferences::Appearance::System) {
        usePalette(mode == Preferences::Appearance::Dark);
        return;
    }
    if (!m_listening) {
        m_listening = QDBusConnection::sessionBus().connect(PortalService, PortalPath, PortalSettings, u"SettingChanged"_s, this,
                                                            SLOT(portalSettingChanged(QString, QString, QDBusVariant)));
    }
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        usePalette(false);
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(PortalService, PortalPath, PortalSettings, u"Read"_s);
    call << AppearanceGroup << ColorScheme;
    // Not waited for on the UI thread (a portal activated on demand can take seconds): the
    // palette follows when the answer comes, if the mode is still System then.
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusMessage reply = w->reply();
        if (m_mode != Preferences::Appearance::System)
            return;
        const bool answered = reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty();
        usePalette(answered && fromScheme(reply.arguments().first()).value_or(false));
    });
}

void Appearance::portalSettingChanged(const QString &group, const QString &key, const QDBusVariant &value)
{
    if (m_mode != Preferences::Appearance::System || group != AppearanceGroup || key != ColorScheme)
        return;
    usePalette(fromScheme(QVariant::fromValue(value)).value_or(false));
}
