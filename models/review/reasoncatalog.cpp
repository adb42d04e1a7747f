#include "reasoncatalog.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace keel::review {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("keel::review::ReasonCatalog", text);
}
} // namespace

QList<CatalogEntry> ReasonCatalog::escalationTiers()
{
    return {
        {u"tier2"_s, tr("Tier 2 specialist"), tr("Needs domain expertise the first line lacks")},
        {u"legal"_s, tr("Legal"), tr("Possible legal, contractual or regulatory exposure")},
        {u"safety"_s, tr("Trust & Safety"), tr("Harm, abuse, self-harm or personal data at risk")},
    };
}

QList<CatalogEntry> ReasonCatalog::escalationReasons(const QString &tier)
{
    if (tier == u"tier2")
        return {
            {u"domain_expertise"_s, tr("Needs a domain expert"), {}},
            {u"factual_uncertain"_s, tr("Facts could not be verified"), {}},
            {u"customer_impact"_s, tr("High customer impact"), {}},
            {u"policy_unclear"_s, tr("Policy does not cover this case"), {}},
        };
    if (tier == u"legal")
        return {
            {u"legal_advice"_s, tr("Reads as legal advice"), {}},
            {u"contract_terms"_s, tr("Commits to contract terms"), {}},
            {u"regulatory"_s, tr("Regulatory exposure"), {}},
            {u"ip_copyright"_s, tr("Copyright or IP concern"), {}},
        };
    if (tier == u"safety")
        return {
            {u"pii_exposure"_s, tr("Personal data exposed"), {}},
            {u"self_harm"_s, tr("Self-harm content"), {}},
            {u"harmful_instructions"_s, tr("Harmful instructions"), {}},
            {u"harassment"_s, tr("Harassment or hate"), {}},
        };
    return {};
}

QList<CatalogEntry> ReasonCatalog::rejectReasons()
{
    return {
        {u"hallucination"_s, tr("Hallucination"), tr("States things the sources do not support")},
        {u"unsafe"_s, tr("Unsafe"), tr("Could cause harm if sent")},
        {u"pii_leak"_s, tr("Personal data leak"), tr("Reveals personal or confidential data")},
        {u"policy_violation"_s, tr("Policy violation"), tr("Breaks a written content policy")},
        {u"off_topic"_s, tr("Off topic"), tr("Does not answer the question asked")},
        {u"incomplete"_s, tr("Incomplete"), tr("Leaves out something the user needs")},
        {u"wrong_tone"_s, tr("Wrong tone"), tr("Rude, flippant or off-brand")},
    };
}

QList<CatalogEntry> ReasonCatalog::labels()
{
    return {
        {u"hallucination"_s, tr("Hallucination"), {}},
        {u"missing_citation"_s, tr("Missing citation"), {}},
        {u"pii"_s, tr("Personal data"), {}},
        {u"tone"_s, tr("Tone"), {}},
        {u"outdated"_s, tr("Outdated source"), {}},
        {u"good_example"_s, tr("Good example"), {}},
    };
}

QList<CatalogEntry> ReasonCatalog::rubricCriteria()
{
    return {
        {u"accuracy"_s, tr("Accuracy"), tr("Correct and supported by the sources")},
        {u"groundedness"_s, tr("Groundedness"), tr("Cites and stays within the sources")},
        {u"safety"_s, tr("Safety"), tr("Free of harm and policy problems")},
        {u"helpfulness"_s, tr("Helpfulness"), tr("Answers what was asked, completely")},
        {u"tone"_s, tr("Tone"), tr("Polite, clear and on-brand")},
    };
}

bool ReasonCatalog::isKnown(const QList<CatalogEntry> &entries, const QString &code)
{
    for (const CatalogEntry &e : entries)
        if (e.code == code)
            return true;
    return false;
}

QString ReasonCatalog::titleFor(const QList<CatalogEntry> &entries, const QString &code)
{
    for (const CatalogEntry &e : entries)
        if (e.code == code)
            return e.title;
    return code;
}

} // namespace keel::review
