// The People tab's model on its own: staff only, ordered by name, upserted
// by id from events, with readable role and state text.
#include <models/PeopleModel.h>

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using ccr::client::PeopleModel;
using ccr::domain::AccountState;
using ccr::domain::Role;
using ccr::domain::UserProfile;

namespace {
UserProfile person(qint64 id, const QString &first, const QString &last, Role role, AccountState state)
{
    UserProfile user;
    user.id = id;
    user.firstName = first;
    user.lastName = last;
    user.email = first.toLower() + u"@example.com"_s;
    user.role = role;
    user.state = state;
    return user;
}

QStringList names(const PeopleModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, PeopleModel::NameColumn).data().toString());
    return result;
}
} // namespace

class PeopleModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsStaffByNameAndMarksSelf()
    {
        PeopleModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSelfId(1);
        model.setUsers({person(3, u"Raj"_s, u"Kumar"_s, Role::Agent, AccountState::Invited),
                        person(1, u"Ada"_s, u"Admin"_s, Role::Admin, AccountState::Active),
                        person(2, u"Priya"_s, u"Raman"_s, Role::Customer, AccountState::Active),
                        person(4, u"Lena"_s, u"Berg"_s, Role::Agent, AccountState::Pending)});
        QCOMPARE(names(model), (QStringList{u"Ada Admin (you)"_s, u"Lena Berg"_s, u"Raj Kumar"_s}));
        QCOMPARE(model.index(1, PeopleModel::StateColumn).data().toString(), u"Waiting for approval"_s);
        QCOMPARE(model.index(2, PeopleModel::RoleColumn).data().toString(), u"Agent"_s);
        QCOMPARE(model.index(0, PeopleModel::RoleColumn).data().toString(), u"Administrator"_s);
        QCOMPARE(model.index(2, PeopleModel::NameColumn).data(PeopleModel::UserIdRole).toLongLong(), 3);
    }

    void upsertUpdatesInPlaceMovesOnRenameAndIgnoresCustomers()
    {
        PeopleModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setUsers({person(1, u"Ada"_s, u"Admin"_s, Role::Admin, AccountState::Active),
                        person(4, u"Lena"_s, u"Berg"_s, Role::Agent, AccountState::Pending)});
        model.upsert(person(4, u"Lena"_s, u"Berg"_s, Role::Agent, AccountState::Active));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, PeopleModel::StateColumn).data().toString(), u"Active"_s);

        model.upsert(person(4, u"Aaron"_s, u"Berg"_s, Role::Agent, AccountState::Active));
        QCOMPARE(names(model), (QStringList{u"Aaron Berg"_s, u"Ada Admin"_s}));

        model.upsert(person(9, u"Zoe"_s, u"Park"_s, Role::Agent, AccountState::Invited));
        model.upsert(person(7, u"Cara"_s, u"Customer"_s, Role::Customer, AccountState::Active));
        QCOMPARE(names(model), (QStringList{u"Aaron Berg"_s, u"Ada Admin"_s, u"Zoe Park"_s}));
        QCOMPARE(model.rowOf(9), std::optional<int>(2));
        QVERIFY(!model.rowOf(7));
    }
};

QTEST_GUILESS_MAIN(PeopleModelTest)
#include "tst_people_model.moc"
