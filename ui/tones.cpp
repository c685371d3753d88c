#include "ui/tones.h"

#include <QAction>
#include <QEvent>
#include <QToolBar>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace Tones {
namespace {

QColor hue(Tone tone)
{
    switch (tone) {
    case Tone::Information: return QColor(0x1f, 0x6f, 0xc5);
    case Tone::Success: return QColor(0x2e, 0x8b, 0x3a);
    case Tone::Warning: return QColor(0xb8, 0x6e, 0x00);
    case Tone::Error: return QColor(0xc4, 0x24, 0x24);
    }
    return {};
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

// Re-applies the tone whenever the widget's palette changes (a theme switch).
class ToneKeeper final : public QObject
{
public:
    ToneKeeper(QWidget *widget, Tone tone) : QObject(widget), m_tone(tone) { widget->installEventFilter(this); }
    void set(QWidget *widget)
    {
        m_setting = true;
        QPalette p = widget->palette();
        p.setColor(QPalette::WindowText, text(m_tone, widget->parentWidget() ? widget->parentWidget()->palette() : p));
        p.setColor(QPalette::Text, p.color(QPalette::WindowText));
        widget->setPalette(p);
        m_setting = false;
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_setting && event->type() == QEvent::PaletteChange)
            set(static_cast<QWidget *>(watched));
        return false;
    }

private:
    Tone m_tone;
    bool m_setting = false;
};

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor text(Tone tone, const QPalette &palette)
{
    const QColor base = hue(tone);
    // Towards white on a dark window, towards black on a light one.
    return isDark(palette) ? mix(base, Qt::white, 0.45) : mix(base, Qt::black, 0.1);
}

QColor background(Tone tone, const QPalette &palette)
{
    return mix(palette.color(QPalette::Window), hue(tone), isDark(palette) ? 0.28 : 0.14);
}

QString html(Tone tone, const QPalette &palette, const QString &plain)
{
    return u"<span style='color:%1'>%2</span>"_s.arg(text(tone, palette).name(), plain.toHtmlEscaped());
}

void apply(QWidget *label, Tone tone)
{
    (new ToneKeeper(label, tone))->set(label);
}

void nameToolButtons(QToolBar *bar)
{
    for (QAction *action : bar->actions()) {
        if (QWidget *button = bar->widgetForAction(action); button && !action->isSeparator() && !action->text().isEmpty())
            button->setAccessibleName(QString(action->text()).remove(u'&').remove(u'…'));
    }
}

} // namespace Tones
