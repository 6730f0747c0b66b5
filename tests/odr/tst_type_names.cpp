// One name, one type: no class, struct, union or enum is defined twice under the same qualified name
// where both definitions can end up in one program. Two such types break the One Definition Rule
// without a word from compiler or linker: each keeps one copy of the inline members the two share
// (destructors, constructors), and one type runs the other's code. rasad::ArticleReader was both the
// file reader in core/import and the reader widget in ui/reader until the widget became
// ArticleReaderView; this test keeps the next such pair from getting in.
//
// The scan is lexical (comments, strings and preprocessor lines dropped, braces counted), which the
// project's plain style keeps reliable: it records the types defined at namespace scope, leaves out
// forward declarations, types inside classes or functions, specialisations, and anything in an
// anonymous namespace (internal linkage: no clash possible).
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

namespace {

struct TypeDefinition
{
    QString name; // fully qualified: "rasad::ArticleReader"
    QString file; // relative to the source tree
    int line = 0;
};

/** The text with comments, string and character literals blanked and preprocessor lines removed;
 *  line breaks are kept so positions still give line numbers. */
QString codeOnly(const QString &source)
{
    QString out;
    out.reserve(source.size());
    enum class In { Code, LineComment, BlockComment, String, Char, RawString } in = In::Code;
    QString rawEnd; // )delimiter" for R"delimiter(...)delimiter"
    bool lineStart = true;
    bool preprocessor = false;
    for (qsizetype i = 0; i < source.size(); ++i) {
        const QChar c = source.at(i);
        const QChar next = i + 1 < source.size() ? source.at(i + 1) : QChar();
        if (c == u'\n') {
            // A directive ends at a line break that is not escaped.
            if (preprocessor && !(i > 0 && source.at(i - 1) == u'\\'))
                preprocessor = false;
            if (in == In::LineComment)
                in = In::Code;
            out += c;
            lineStart = true;
            continue;
        }
        if (preprocessor) {
            out += u' ';
            continue;
        }
        switch (in) {
        case In::Code:
            if (lineStart && c == u'#') {
                preprocessor = true;
                out += u' ';
                continue;
            }
            if (!c.isSpace())
                lineStart = false;
            if (c == u'/' && next == u'/') {
                in = In::LineComment;
                out += u' ';
            } else if (c == u'/' && next == u'*') {
                in = In::BlockComment;
                out += u' ';
                ++i;
                out += u' ';
            } else if (c == u'R' && next == u'"' && (i == 0 || !source.at(i - 1).isLetterOrNumber())) {
                const qsizetype open = source.indexOf(u'(', i + 2);
                rawEnd = u')' + source.mid(i + 2, open - i - 2) + u'"';
                in = In::RawString;
                out += QStringLiteral("\"\"");
                i = open;
            } else if (c == u'"') {
                in = In::String;
                out += QStringLiteral("\"\"");
            } else if (c == u'\'' && !(i > 0 && source.at(i - 1).isDigit())) {
                in = In::Char; // u'x' is one too; 1'000 is a digit separator
                out += u' ';
            } else {
                out += c;
            }
            break;
        case In::LineComment:
            out += u' ';
            break;
        case In::BlockComment:
            if (c == u'*' && next == u'/') {
                in = In::Code;
                ++i;
                out += u' ';
            }
            out += u' ';
            break;
        case In::String:
        case In::Char:
            if (c == u'\\') {
                ++i;
                out += u' ';
            } else if ((in == In::String && c == u'"') || (in == In::Char && c == u'\'')) {
                in = In::Code;
            }
            out += u' ';
            break;
        case In::RawString:
            if (source.mid(i, rawEnd.size()) == rawEnd) {
                i += rawEnd.size() - 1;
                in = In::Code;
            }
            out += u' ';
            break;
        }
    }
    return out;
}

/** The types `source` defines at namespace scope outside anonymous namespaces, qualified by their namespaces. */
QList<TypeDefinition> typeDefinitions(const QString &source, const QString &file)
{
    // What opened each brace still open: a namespace (its name, "" when anonymous), a linkage block
    // (extern "C" {), or anything else (a class, a function, an initialiser).
    struct Scope
    {
        enum Kind { Namespace, Linkage, Other } kind;
        QString name;
    };
    static const QRegularExpression namespaceHead(QStringLiteral(R"(^(?:inline\s+)?namespace\s*([\w:]*)\s*$)"));
    static const QRegularExpression linkageHead(QStringLiteral(R"(^extern\s*""\s*$)"));
    // class|struct|union|enum [class] [macros or attributes] Name [final] [: bases] — nothing after the
    // name but a base clause, so "struct hash<X>", "f(struct X *x)" and "struct X x =" do not match.
    static const QRegularExpression typeHead(
        QStringLiteral(R"((?:^|[\s;>)])(?:class|struct|union|enum(?:\s+(?:class|struct))?)\s+(?:\[\[[^\]]*\]\]\s*)?)"
                       R"((?:[A-Z][A-Z0-9_]*(?:\([^)]*\))?\s+)*([A-Za-z_]\w*)\s*(?:final\s*)?(?::[^:][^{]*)?$)"));

    const QString code = codeOnly(source);
    QList<TypeDefinition> found;
    QList<Scope> scopes;
    qsizetype headStart = 0;
    auto atNamespaceScope = [&] {
        return std::all_of(scopes.cbegin(), scopes.cend(), [](const Scope &s) {
            return s.kind == Scope::Linkage || (s.kind == Scope::Namespace && !s.name.isEmpty());
        });
    };
    auto qualified = [&](const QString &name) {
        QStringList parts;
        for (const Scope &s : std::as_const(scopes))
            if (s.kind == Scope::Namespace)
                parts << s.name;
        parts << name;
        return parts.join(QStringLiteral("::"));
    };
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == u';' || c == u'}') {
            if (c == u'}' && !scopes.isEmpty())
                scopes.removeLast();
            headStart = i + 1;
        } else if (c == u'{') {
            const QString head = code.mid(headStart, i - headStart).simplified();
            Scope scope{Scope::Other, {}};
            if (const QRegularExpressionMatch ns = namespaceHead.match(head); ns.hasMatch()) {
                scope = {Scope::Namespace, ns.captured(1)};
            } else if (linkageHead.match(head).hasMatch()) {
                scope = {Scope::Linkage, {}};
            } else if (atNamespaceScope()) {
                if (const QRegularExpressionMatch m = typeHead.match(head); m.hasMatch()) {
                    const qsizetype at = std::max(headStart, code.lastIndexOf(m.captured(1), i));
                    found.append({qualified(m.captured(1)), file, int(code.left(at).count(u'\n')) + 1});
                }
            }
            scopes.append(scope);
            headStart = i + 1;
        }
    }
    return found;
}

/**
 * Which program a file goes into. The libraries (core/, ui/) go into every program, so their types
 * clash with everyone's; the mains in app/cli and app/gui, and each test source, are programs of
 * their own, so two of them may each have a type with the same name.
 */
QString programOf(const QString &file)
{
    if (file.startsWith(QLatin1String("core/")) || file.startsWith(QLatin1String("ui/")))
        return {};
    if (file.startsWith(QLatin1String("app/")))
        return file.section(u'/', 0, 1);
    return file;
}

bool canMeet(const TypeDefinition &a, const TypeDefinition &b)
{
    // Twice in one file can only be #if alternatives: a real repeat would not compile.
    if (a.file == b.file)
        return false;
    const QString programA = programOf(a.file);
    const QString programB = programOf(b.file);
    return programA.isEmpty() || programB.isEmpty() || programA == programB;
}

/** "name: file:line, file:line" for every qualified name defined twice where both can meet in one program. */
QStringList clashes(const QList<TypeDefinition> &definitions)
{
    QHash<QString, QList<TypeDefinition>> byName;
    for (const TypeDefinition &d : definitions)
        byName[d.name].append(d);
    QStringList out;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
        const QList<TypeDefinition> &list = it.value();
        bool clash = false;
        for (qsizetype i = 0; i < list.size() && !clash; ++i)
            for (qsizetype j = i + 1; j < list.size() && !clash; ++j)
                clash = canMeet(list.at(i), list.at(j));
        if (!clash)
            continue;
        QStringList places;
        for (const TypeDefinition &d : list)
            places << QStringLiteral("%1:%2").arg(d.file).arg(d.line);
        out << QStringLiteral("%1 is defined in %2").arg(it.key(), places.join(QStringLiteral(" and ")));
    }
    out.sort();
    return out;
}

QStringList names(const QList<TypeDefinition> &definitions)
{
    QStringList out;
    for (const TypeDefinition &d : definitions)
        out << d.name;
    return out;
}

} // namespace

class TypeNamesTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scannerFindsDefinitionsOnly()
    {
        // A file, not a literal here: moc would read its #define and braces as code.
        QFile sample(QStringLiteral(RASAD_SOURCE_DIR "/tests/odr/scanner-sample.cpp.txt"));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const QString source = QString::fromUtf8(sample.readAll());
        QCOMPARE(names(typeDefinitions(source, QStringLiteral("x.cpp"))),
                 (QStringList{QStringLiteral("rasad::Reader"), QStringLiteral("rasad::Holder"),
                              QStringLiteral("rasad::Kind"), QStringLiteral("rasad::cli::tools::Options"),
                              QStringLiteral("CApi")}));
        const QList<TypeDefinition> found = typeDefinitions(source, QStringLiteral("x.cpp"));
        QCOMPARE(found.first().line, 8);
    }

    void clashesNeedOneProgram()
    {
        const QString type = QStringLiteral("rasad::Reader");
        const TypeDefinition core{type, QStringLiteral("core/import/Reader.h"), 1};
        const TypeDefinition ui{type, QStringLiteral("ui/reader/Reader.h"), 2};
        const TypeDefinition cli{type, QStringLiteral("app/cli/Reader.cpp"), 3};
        const TypeDefinition gui{type, QStringLiteral("app/gui/Reader.cpp"), 4};
        const TypeDefinition test{type, QStringLiteral("tests/ui/tst_a.cpp"), 5};
        const TypeDefinition otherTest{type, QStringLiteral("tests/ui/tst_b.cpp"), 6};
        QCOMPARE(
            clashes({core, ui}),
            QStringList{QStringLiteral("rasad::Reader is defined in core/import/Reader.h:1 and ui/reader/Reader.h:2")});
        QCOMPARE(clashes({core, cli}).size(), 1);
        QCOMPARE(clashes({ui, test}).size(), 1);
        QVERIFY(clashes({cli, gui}).isEmpty());        // two programs
        QVERIFY(clashes({test, otherTest}).isEmpty()); // two test programs
        QVERIFY(clashes({core}).isEmpty());
    }

    void everyTypeNameIsDefinedOnce()
    {
        const QString root = QStringLiteral(RASAD_SOURCE_DIR);
        QList<TypeDefinition> definitions;
        int files = 0;
        for (const char *folder : {"core", "ui", "app", "tests"}) {
            QDirIterator it(root + u'/' + QLatin1String(folder), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile file(path);
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
                definitions += typeDefinitions(QString::fromUtf8(file.readAll()), path.mid(root.size() + 1));
                ++files;
            }
        }
        QVERIFY2(files > 100, "the source tree was not found");
        QVERIFY(names(definitions).contains(QStringLiteral("rasad::ArticleReader")));
        const QStringList found = clashes(definitions);
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("types with one name in one program (rename one):\n  ") +
                                             found.join(QStringLiteral("\n  "))));
    }
};

QTEST_APPLESS_MAIN(TypeNamesTest)
#include "tst_type_names.moc"
