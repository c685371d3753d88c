// The studio in Dutch, as a Dutch-speaking user meets it: with the nl translation installed
// (as --lang nl, LANGUAGE=nl or LANG=nl_NL.UTF-8 install it), no text shown in the main
// window (its menus, toolbar, list, details pane), the register wizard (every page on the way
// to a Blob registration) or the storage browser of a file share is left in English.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QWizard>

#include "models/datastorelistmodel.h"
#include "models/storagebrowsermodel.h"
#include "services/core/translations.h"
#include "support/sharedfileshare.h"
#include "support/guifixture.h"
#include "support/translationcheck.h"
#include "ui/mainwindow.h"
#include "ui/storagebrowserwindow.h"
#include "ui/wizard/registerdatastorewizard.h"

using namespace Qt::Literals::StringLiterals;

namespace {

const QString Key = u"Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="_s;

// Every text a person can see in `root` now: labels, buttons, group titles, placeholders,
// tabs, combo items, the headers and first rows of item views, tooltips, the window title,
// and the actions (menus and toolbars) with their tooltips.
QStringList shownTexts(QWidget *root)
{
    QStringList out = {root->windowTitle()};
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible())
            continue;
        out << w->toolTip() << w->whatsThis() << w->accessibleName();
        if (auto *l = qobject_cast<QLabel *>(w))
            out << l->text();
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            out << b->text();
        if (auto *g = qobject_cast<QGroupBox *>(w))
            out << g->title();
        if (auto *e = qobject_cast<QLineEdit *>(w))
            out << e->placeholderText();
        if (auto *t = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < t->count(); ++i)
                out << t->tabText(i) << t->tabToolTip(i);
        if (auto *c = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < c->count(); ++i)
                out << c->itemText(i);
        if (auto *v = qobject_cast<QAbstractItemView *>(w); v && v->model()) {
            const QAbstractItemModel *m = v->model();
            for (int c = 0; c < m->columnCount(); ++c)
                out << m->headerData(c, Qt::Horizontal).toString() << m->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString();
            for (int r = 0; r < std::min(m->rowCount(), 30); ++r)
                for (int c = 0; c < m->columnCount(); ++c)
                    out << m->index(r, c).data().toString() << m->index(r, c).data(Qt::ToolTipRole).toString();
        }
        if (auto *wizard = qobject_cast<QWizard *>(w); wizard && wizard->currentPage())
            out << wizard->currentPage()->title() << wizard->currentPage()->subTitle();
    }
    for (QAction *a : root->findChildren<QAction *>()) {
        if (!a->isVisible() || a->isSeparator())
            continue;
        out << a->text() << a->toolTip() << a->statusTip();
        if (a->menu())
            out << a->menu()->title();
    }
    out.removeAll(QString());
    return out;
}

} // namespace

class tst_Dutch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theMainWindowIsDutch();
    void theWizardIsDutchOnEveryPage();
    void theStorageBrowserIsDutch();

private:
    void report(const QStringList &found);
    std::unique_ptr<TranslationCheck> m_check;
    std::unique_ptr<GuiFixture> f;
    std::unique_ptr<DatastoreListModel> model;
    std::unique_ptr<MainWindow> window;
    QTableView *view = nullptr;
};

void tst_Dutch::initTestCase()
{
    quietOffscreenWarnings();
    // Before any text is made (the support matrix translates its labels as it loads).
    Translations::install(u"nl"_s);
    QCOMPARE(Translations::current(), u"nl"_s);
    m_check = std::make_unique<TranslationCheck>(qEnvironmentVariable("STUDIO_TRANSLATIONS") + u"/datastore-studio_nl.ts"_s);
    QVERIFY(m_check->isValid());
}

void tst_Dutch::init()
{
    f = std::make_unique<GuiFixture>();
    QVERIFY(f->add(u"sales"_s, StorageType::AzureBlob, AuthKind::AccountKey,
                   {{u"account_name"_s, u"contoso"_s}, {u"container_name"_s, u"raw"_s}}, {{u"account_key"_s, Key}}));
    QVERIFY(f->add(u"events"_s, StorageType::AzurePostgreSql, AuthKind::Sql,
                   {{u"server_name"_s, u"pg1"_s}, {u"database_name"_s, u"ev"_s}, {u"user_id"_s, u"reader"_s}}, {{u"user_password"_s, u"pw"_s}}));
    model = std::make_unique<DatastoreListModel>(SupportMatrix::builtin());
    window = std::make_unique<MainWindow>(f->manager.get(), model.get(), SupportMatrix::builtin());
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    view = window->findChild<QTableView *>(u"datastoreView"_s);
    QVERIFY(view);
    QTRY_COMPARE(view->model()->rowCount(), 4);
}

void tst_Dutch::cleanup()
{
    window.reset();
    model.reset();
    f.reset();
}

void tst_Dutch::report(const QStringList &found)
{
    QVERIFY2(found.isEmpty(), qPrintable(u"%1 English text(s) in Dutch:\n"_s.arg(found.size()) + found.join(u'\n')));
}

void tst_Dutch::theMainWindowIsDutch()
{
    QStringList found;
    m_check->check(u"main window"_s, shownTexts(window.get()), &found);
    // A datastore clicked: the details pane fills in.
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        QTRY_VERIFY(window->selectedDatastore());
        m_check->check(u"main window, %1 selected"_s.arg(index.data().toString()), shownTexts(window.get()), &found);
    }
    // Every menu of the menu bar, opened.
    for (QAction *menu : window->menuBar()->actions()) {
        if (!menu->menu())
            continue;
        QStringList texts = {menu->text()};
        for (QAction *a : menu->menu()->actions())
            texts << a->text() << a->toolTip() << a->statusTip();
        m_check->check(u"menu "_s + menu->text(), texts, &found);
    }
    report(found);
}

void tst_Dutch::theWizardIsDutchOnEveryPage()
{
    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier); // Ctrl+N: register
    RegisterDatastoreWizard *wizard = nullptr;
    QTRY_VERIFY((wizard = window->findChild<RegisterDatastoreWizard *>()) && wizard->isVisible());
    QStringList found;
    m_check->check(u"wizard, storage type"_s, shownTexts(wizard), &found);
    auto *table = wizard->findChild<QTableWidget *>(u"typeTable"_s);
    QVERIFY(table);
    const auto items = table->findItems(SupportMatrix::builtin().type(StorageType::AzureBlob).label, Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(items.first()).center());
    const auto next = [wizard] {
        QAbstractButton *b = wizard->button(QWizard::NextButton);
        QVERIFY(b->isEnabled());
        QTest::mouseClick(b, Qt::LeftButton);
    };
    next();
    m_check->check(u"wizard, connection (empty)"_s, shownTexts(wizard), &found);
    QTest::keyClicks(wizard->findChild<QLineEdit *>(u"nameEdit"_s), u"Bad Name"_s); // the rule's message, in Dutch
    m_check->check(u"wizard, connection (a bad name)"_s, shownTexts(wizard), &found);
    QTest::keyClick(wizard->findChild<QLineEdit *>(u"nameEdit"_s), Qt::Key_A, Qt::ControlModifier); // typed over
    QTest::keyClicks(wizard->findChild<QLineEdit *>(u"nameEdit"_s), u"lake_raw"_s);
    QTest::keyClicks(wizard->findChild<QLineEdit *>(u"field_account_name"_s), u"contoso"_s);
    QTest::keyClicks(wizard->findChild<QLineEdit *>(u"field_container_name"_s), u"raw"_s);
    m_check->check(u"wizard, connection"_s, shownTexts(wizard), &found);
    next();
    m_check->check(u"wizard, authentication"_s, shownTexts(wizard), &found);
    QTest::keyClicks(wizard->findChild<QLineEdit *>(u"field_account_key"_s), Key);
    next();
    m_check->check(u"wizard, options"_s, shownTexts(wizard), &found);
    next();
    m_check->check(u"wizard, summary"_s, shownTexts(wizard), &found);
    QTest::keyClick(wizard, Qt::Key_Escape);
    report(found);
}

void tst_Dutch::theStorageBrowserIsDutch()
{
    SharedFileShare share;
    QVERIFY(share.start(*f, {{u"team/explore.ipynb"_s, "{}"}, {u"readme.md"_s, "# hallo"}}));
    QNetworkAccessManager network;
    StorageHttp http(&network);
    DatastoreConnector connector(&http, SupportMatrix::builtin());
    window->setConnector(&connector);
    QTest::keyClick(window.get(), Qt::Key_F5); // Refresh
    QTRY_COMPARE(view->model()->rowCount(), 5);
    const QModelIndexList shared = view->model()->match(view->model()->index(0, 0), Qt::DisplayRole, u"shared"_s, 1, Qt::MatchExactly);
    QCOMPARE(shared.size(), 1);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(shared.first()).center());
    QTRY_VERIFY(window->selectedDatastore() && window->selectedDatastore()->name == u"shared"_s);
    QTest::keyClick(window.get(), Qt::Key_B, Qt::ControlModifier); // Ctrl+B: browse
    QTRY_VERIFY(window->lastBrowser());
    StorageBrowserWindow *browser = window->lastBrowser();
    QTRY_COMPARE(browser->model()->state({}), StorageBrowserModel::State::Complete);
    QStringList found;
    m_check->check(u"browser"_s, shownTexts(browser), &found);
    report(found);
    delete browser;
}

QTEST_MAIN(tst_Dutch)
#include "tst_dutch.moc"
