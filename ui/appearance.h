#pragma once

#include <QDBusVariant>
#include <QObject>
#include <QPalette>

#include "services/core/preferences.h"

// The studio's palette: the desktop's light or dark one, or the one the user chose. Qt 6.4
// does not follow GNOME's or KDE's dark mode by itself without a platform theme plugin, so
// the desktop's choice is read from the XDG desktop portal (org.freedesktop.appearance
// color-scheme: 1 prefers dark, 2 prefers light) and followed when it changes; where no
// portal answers, the style's own palette stays. Widgets take their tones from the palette
// (tones.h), so banners and error texts stay readable under both.
class Appearance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Appearance)

public:
    explicit Appearance(QObject *parent = nullptr);
    ~Appearance() override;

    // Applies `mode` to the application (System: asks the portal without waiting for it — the
    // palette follows when it answers — and listens to it from then on).
    void apply(Preferences::Appearance mode);
    static QPalette darkPalette();
    // Whether the palette in use is the dark one.
    static bool isDark();

private slots:
    void portalSettingChanged(const QString &group, const QString &key, const QDBusVariant &value);

private:
    void usePalette(bool dark);

    Preferences::Appearance m_mode = Preferences::Appearance::System;
    bool m_listening = false;
};
