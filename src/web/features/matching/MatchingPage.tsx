import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { Tag } from '../../components/Badges';
import { Fact } from '../../components/Fact';
import { FormError } from '../../components/forms/FormError';
import { PageHeading } from '../../components/PageHeading';
import { LoadError, Loading } from '../../components/QueryState';
import { formatDate, formatDateTime } from '../../lib/dates';
import { matchingKeys, rankReferral, useRanking, type ExcludedFacility, type RankedCandidate, type RankingView } from './api';
import './matching.css';

/** How many ranked candidates show before "Vis alle". */
const FIRST = 15;
const number = (n: number, digits = 1) => n.toLocaleString('da-DK', { maximumFractionDigits: digits, minimumFractionDigits: 0 });

/** One ranked candidate: where, its score as a bar, and why, factor by factor. */
function RankedItem({ c }: { c: RankedCandidate }) {
  const { t } = useTranslation();
  const headingId = `candidate-${c.candidateId}`;
  return (
    <li className="match-candidate" aria-labelledby={headingId}>
      <div className="match-candidate-head">
        <span className="match-rank" aria-label={t('matching.rankLabel', { rank: c.rank })}>{c.rank}</span>
        <div className="match-where">
          <h3 id={headingId} className="h5 match-name">{c.facilityName}</h3>
          <p className="match-sub">
            {c.unitName} · {c.legalBasis} · {t('matching.places', { count: c.places })}
            {c.standard && <> · {c.standard}</>}
            {c.freeNow > 0 && <> · <Tag>{t('matching.freeNow', { count: c.freeNow })}</Tag></>}
          </p>
        </div>
        <div className="match-score">
          <span className="match-score-value">{number(c.score)}</span>
          <span className="match-score-of">{t('matching.ofHundred')}</span>
        </div>
      </div>
      <div className="match-bar" aria-hidden="true"><span style={{ width: `${Math.max(0, Math.min(100, c.score))}%` }} /></div>
      <details className="match-why">
        <summary>{t('matching.why')}</summary>
        <table className="table table--compact match-factors">
          <caption className="sr-only">{t('matching.factorsCaption', { facility: c.facilityName, unit: c.unitName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('matching.factor')}</th>
              <th scope="col">{t('matching.reason')}</th>
              <th scope="col" className="match-num">{t('matching.points')}</th>
            </tr>
          </thead>
          <tbody>
            {c.factors.map((f) => (
              <tr key={f.code}>
                <th scope="row">{f.label}</th>
                <td>{f.text}</td>
                <td className="match-num">
                  <span className="match-points">{number(f.points)}</span>
                  <span className="match-factor-bar" aria-hidden="true"><span style={{ width: `${Math.min(100, f.value * 100)}%` }} /></span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </li>
  );
}

/** Facilities with excluded places: each reason once, with the units (and how many places) it excludes there. */
function ExcludedList({ excluded }: { excluded: ExcludedFacility[] }) {
  const { t } = useTranslation();
  return (
    <ul className="match-excluded plain-list">
      {excluded.map((f) => (
        <li key={f.facilityId}>
          <h3 className="h5">{f.facilityName} <span className="match-sub">· {t('matching.places', { count: f.places })}</span></h3>
          <ul className="match-reasons">
            {f.reasons.map((r) => (
              <li key={r.text}>
                {r.text} <span className="match-sub">({r.units.map((u) => `${u.unitName}: ${t('matching.places', { count: u.places })}`).join(', ')})</span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

function Result({ view }: { view: RankingView }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const r = view.ranking!;
  const shown = all ? r.ranked : r.ranked.slice(0, FIRST);
  return (
    <>
      <section className="match-section" aria-labelledby="ranked-heading">
        <h2 id="ranked-heading" className="h3">{t('matching.rankedHeading', { count: r.ranked.length })}</h2>
        {r.ranked.length === 0 ? (
          <p>{t('matching.noneRanked')}</p>
        ) : (
          <>
            <ol className="match-list plain-list">{shown.map((c) => <RankedItem key={c.candidateId} c={c} />)}</ol>
            {r.ranked.length > FIRST && (
              <button type="button" className="button button-secondary" onClick={() => setAll(!all)} aria-expanded={all}>
                {all ? t('matching.showFewer') : t('matching.showAll', { count: r.ranked.length })}
              </button>
            )}
          </>
        )}
      </section>
      <section className="match-section" aria-labelledby="excluded-heading">
        <h2 id="excluded-heading" className="h3">{t('matching.excludedHeading', { count: r.excluded.length })}</h2>
        <p>{t('matching.excludedIntro')}</p>
        {r.excluded.length === 0 ? <p>{t('matching.noneExcluded')}</p> : <ExcludedList excluded={r.excluded} />}
      </section>
    </>
  );
}

/** A referral's matching: the places ranked with reasons, the excluded ones with why, and the weights version used. */
export default function MatchingPage() {
  const { t } = useTranslation();
  const { referralId = '' } = useParams();
  const qc = useQueryClient();
  const view = useRanking(referralId);
  const run = useMutation({ mutationFn: () => rankReferral(referralId), onSuccess: (v) => qc.setQueryData(matchingKeys.ranking(referralId), v) });

  if (view.isPending) return <Loading />;
  if (view.isError) return <LoadError error={view.error} onRetry={() => void view.refetch()} />;
  const v = view.data;
  const r = v.ranking;
  const stale = r !== null && r.weightsVersion !== v.currentWeightsVersion;
  return (
    <article className="matching-page">
      <Link to={`/borgere/${v.referral.citizen.id}`} className="back-link">{t('matching.toCitizen', { name: v.referral.citizen.name })}</Link>
      <PageHeading title={t('matching.title', { name: v.referral.citizen.name })}>{t('matching.title', { name: v.referral.citizen.name })}</PageHeading>
      <div className="match-top">
        <dl className="facts">
          <Fact term={t('matching.legalBasis')}>{v.referral.legalBasis}</Fact>
          <Fact term={t('matching.urgency')}>{t(`matching.urgencies.${v.referral.urgency}`, { defaultValue: v.referral.urgency })}</Fact>
          <Fact term={t('matching.weightsVersion')}>{r ? r.weightsVersion : v.currentWeightsVersion}</Fact>
          {r && <Fact term={t('matching.rankedAt')}>{t('matching.rankedBy', { when: formatDateTime(r.rankedAt), by: r.rankedBy })}</Fact>}
        </dl>
        <div className="match-actions">
          <button type="button" className="button button-primary" onClick={() => run.mutate()} disabled={run.isPending}>
            {run.isPending ? t('matching.running') : r ? t('matching.rerun') : t('matching.run')}
          </button>
        </div>
      </div>
      <FormError error={run.error} fieldIds={{}} />
      {stale && <Alert variant="info">{t('matching.newerWeights', { version: v.currentWeightsVersion, date: formatDate(r.rankedOn) })}</Alert>}
      {r ? <Result view={v} /> : <p>{t('matching.notRanked')}</p>}
    </article>
  );
}
