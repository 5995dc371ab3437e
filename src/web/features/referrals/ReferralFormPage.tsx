import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { Checkbox } from '../../components/Checkbox';
import { DateInput } from '../../components/DateInput';
import { ErrorSummary, fieldError } from '../../components/ErrorSummary';
import { FormActions } from '../../components/forms/FormActions';
import { onSubmitRun } from '../../components/forms/submit';
import { PageHeading } from '../../components/PageHeading';
import { LoadError, Loading } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { ApiError } from '../../api/client';
import { useCatalogue } from '../plans/api';
import { createReferral, referralKeys, updateReferral, useFormCatalogue, useMyCitizens, useReferral, type Referral, type ReferralRequest } from './api';
import { otherMatters, referralFlags } from './labels';
import './referrals.css';

interface Line { conditionCode: string; levelCode: string; note: string }
interface FormState {
  citizenId: string;
  typeCode: 'new' | 'acute';
  urgency: 'normal' | 'urgent' | 'acute';
  legalBasis: string;
  primaryGroup: string;
  otherGroups: string[];
  flags: string[];
  methodsWanted: string[];
  supportNeedCode: string;
  purpose: string;
  interventionsNeeded: string;
  expectedDuration: string;
  other: Record<(typeof otherMatters)[number], string>;
  assessment: Line[];
  wishesText: string;
  wishMunicipality: string;
  wishDistrict: string;
  familyMunicipality: string;
  familyDistrict: string;
  pets: boolean;
  ownBath: boolean;
  ownKitchen: boolean;
  minArea: string;
  expectedMoveIn: string;
}

const empty = (citizenId = ''): FormState => ({
  citizenId, typeCode: 'new', urgency: 'normal', legalBasis: '', primaryGroup: '', otherGroups: [], flags: [], methodsWanted: [], supportNeedCode: '',
  purpose: '', interventionsNeeded: '', expectedDuration: '', other: { housing: '', employment: '', personalHelp: '', treatment: '', aids: '' },
  assessment: [], wishesText: '', wishMunicipality: '', wishDistrict: '', familyMunicipality: '', familyDistrict: '', pets: false,
  ownBath: false, ownKitchen: false, minArea: '', expectedMoveIn: '',
});

/** The form filled from a referral (to edit it, or to start a re-visitation from the old one). */
function fromReferral(r: Referral, keepMoveIn: boolean): FormState {
  const [primary, ...others] = r.targetGroups.map((g) => g.code);
  return {
    citizenId: r.citizen.id, typeCode: r.type.code === 'acute' ? 'acute' : 'new', urgency: r.urgency, legalBasis: r.legalBasis, primaryGroup: primary ?? '', otherGroups: others,
    flags: r.flags, methodsWanted: r.methodsWanted.map((m) => m.code), supportNeedCode: r.supportNeed?.code ?? '',
    purpose: r.actionPlan.purpose, interventionsNeeded: r.actionPlan.interventionsNeeded, expectedDuration: r.actionPlan.expectedDuration, other: { ...r.actionPlan.otherMatters },
    assessment: r.assessment.map((a) => ({ conditionCode: a.condition.code, levelCode: a.level.code, note: a.note })),
    wishesText: r.wishes.text, wishMunicipality: r.wishes.municipality?.code ?? '', wishDistrict: r.wishes.district ?? '', familyMunicipality: r.wishes.familyMunicipality?.code ?? '',
    familyDistrict: r.wishes.familyDistrict ?? '', pets: r.wishes.pets, ownBath: r.needs.ownBath, ownKitchen: r.needs.ownKitchen,
    minArea: r.needs.minAreaM2 === null ? '' : String(r.needs.minAreaM2), expectedMoveIn: keepMoveIn ? (r.expectedMoveIn ?? '') : '',
  };
}

function toRequest(f: FormState): ReferralRequest {
  const area = f.minArea.trim() === '' ? null : Number(f.minArea.replace(',', '.'));
  return {
    typeCode: f.typeCode, revisitationReportId: null, urgency: f.urgency, legalBasis: f.legalBasis,
    targetGroups: [f.primaryGroup, ...f.otherGroups.filter((g) => g !== f.primaryGroup)].filter(Boolean),
    flags: f.flags as ReferralRequest['flags'], methodsWanted: f.methodsWanted, supportNeedCode: f.supportNeedCode || null,
    actionPlan: { purpose: f.purpose, interventionsNeeded: f.interventionsNeeded, expectedDuration: f.expectedDuration, otherMatters: f.other },
    assessment: f.assessment.filter((l) => l.conditionCode || l.levelCode),
    wishes: {
      text: f.wishesText, municipalityCode: f.wishMunicipality || null, district: f.wishDistrict.trim() || null,
      familyMunicipalityCode: f.familyMunicipality || null, familyDistrict: f.familyDistrict.trim() || null, pets: f.pets,
    },
    needs: { ownBath: f.ownBath, ownKitchen: f.ownKitchen, minAreaM2: area },
    expectedMoveIn: f.expectedMoveIn || null,
  };
}

const toggle = (list: string[], code: string, on: boolean) => (on ? [...new Set([...list, code])] : list.filter((c) => c !== code));

/** The form's paths → control ids, so the error summary links each message to its field. */
const FIELD_IDS: Record<string, string> = {
  citizenId: 'ref-citizen', legalBasis: 'ref-basis', targetGroups: 'ref-primary-group', flags: 'ref-flags', methodsWanted: 'ref-methods', supportNeedCode: 'ref-support-need',
  'actionPlan.purpose': 'ref-purpose', 'actionPlan.interventionsNeeded': 'ref-interventions', 'actionPlan.expectedDuration': 'ref-duration', 'actionPlan.otherMatters': 'ref-other-housing',
  'wishes.municipalityCode': 'ref-wish-municipality', 'wishes.familyMunicipalityCode': 'ref-family-municipality', 'needs.minAreaM2': 'ref-min-area', expectedMoveIn: 'ref-move-in',
  revisitationReportId: 'ref-citizen', assessment: 'ref-assessment',
};

/**
 * A referral (henvisning) to a stay, new or edited: the § 141 action plan, the legal basis, target
 * groups (the first is the primary one), flags and methods, the functional assessment on FFB
 * conditions with its roll-up to the six areas, the citizen's wishes and physical needs.
 */
export default function ReferralFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { referralId } = useParams();
  const [params] = useSearchParams();
  const revisitation = params.get('revisitation');
  const editing = useReferral(referralId);
  const previous = useReferral(referralId ? undefined : (params.get('previous') ?? undefined));
  const catalogue = useCatalogue();
  const form = useFormCatalogue();
  const citizens = useMyCitizens();
  const [f, setF] = useState<FormState>(() => empty(params.get('citizenId') ?? ''));
  const [filled, setFilled] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  useEffect(() => {
    if (filled) return;
    if (editing.data) { setF(fromReferral(editing.data, true)); setFilled(true); }
    else if (previous.data) { setF(fromReferral(previous.data, false)); setFilled(true); }
  }, [editing.data, previous.data, filled]);

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setF((s) => ({ ...s, [key]: value }));
  const cat = catalogue.data;
  const levels = useMemo(() => (cat?.functionalLevels ?? []).filter((l) => !/ikke vurderet/i.test(l.display)), [cat]);
  const conditionsByArea = useMemo(() => {
    const out = new Map<string, { display: string; conditions: Array<{ code: string; display: string }> }>();
    for (const c of form.data?.conditions ?? []) {
      const a = out.get(c.area.code) ?? { display: c.area.display, conditions: [] };
      a.conditions.push({ code: c.code, display: c.display });
      out.set(c.area.code, a);
    }
    return out;
  }, [form.data]);
  /** The roll-up as the server computes it: the worst level per area, 0–4. */
  const rollUp = useMemo(() => {
    const areaOf = new Map((form.data?.conditions ?? []).map((c) => [c.code, c.area.code]));
    const out = new Map<string, number>();
    for (const l of f.assessment) {
      const area = areaOf.get(l.conditionCode);
      const level = levels.findIndex((x) => x.code === l.levelCode);
      if (area && level >= 0) out.set(area, Math.max(out.get(area) ?? 0, level));
    }
    return out;
  }, [f.assessment, form.data, levels]);

  if (catalogue.isPending || form.isPending || (referralId && editing.isPending)) return <Loading />;
  const failed = [catalogue, form, editing].find((q) => q.isError);
  if (failed) return <LoadError error={failed.error} onRetry={() => void failed.refetch()} />;

  const err = (path: string) => fieldError(error, path);
  const municipalities = (cat?.municipalities ?? []).map((m) => ({ value: m.code, label: m.name }));
  const groups = (cat?.targetGroups ?? []).map((g) => ({ value: g.code, label: g.name }));
  const submit = async () => {
    if (!editing.data && !f.citizenId) {
      setError(new ApiError(400, 'invalid_input', t('referrals.fixFields'), { citizenId: t('referrals.pickCitizen') }));
      return;
    }
    setPending(true);
    setError(null);
    try {
      const body = toRequest(f);
      const saved = editing.data
        ? await updateReferral(editing.data.id, editing.data.version, body)
        : await createReferral(f.citizenId, { ...body, revisitationReportId: revisitation });
      await queryClient.invalidateQueries({ queryKey: referralKeys.all });
      navigate(`/henvisninger/${saved.id}`);
    } catch (e) {
      setError(e);
      setPending(false);
    }
  };
  const setLine = (i: number, patch: Partial<Line>) => set('assessment', f.assessment.map((l, j) => (j === i ? { ...l, ...patch } : l)));

  return (
    <>
      <PageHeading>{editing.data ? t('referrals.editHeading', { name: editing.data.citizen.name }) : revisitation ? t('referrals.revisitationHeading') : t('referrals.newHeading')}</PageHeading>
      {revisitation && previous.data && <p className="referrals-note">{t('referrals.prefilled')}</p>}
      <ErrorSummary error={error} fieldIds={FIELD_IDS} />
      <form className="referral-form" onSubmit={onSubmitRun(() => void submit())} noValidate>
        <fieldset className="referral-fieldset">
          <legend className="h3">{t('referrals.sections.basics')}</legend>
          <div className="referral-grid">
            {!editing.data && (
              <SelectField
                id="ref-citizen" label={t('referrals.citizen')} value={f.citizenId} onChange={(v) => set('citizenId', v)} error={err('citizenId')} placeholder={t('referrals.pick')}
                options={(citizens.data ?? []).map((c) => ({ value: c.id, label: `${c.name} (${c.age} år)` }))}
              />
            )}
            {!revisitation && !editing.data && (
              <SelectField id="ref-type" label={t('referrals.type')} value={f.typeCode} onChange={(v) => set('typeCode', v as FormState['typeCode'])}
                options={(['new', 'acute'] as const).map((c) => ({ value: c, label: form.data?.types.find((x) => x.code === c)?.name ?? c }))} />
            )}
            <SelectField id="ref-urgency" label={t('referrals.urgency')} value={f.urgency} onChange={(v) => set('urgency', v as FormState['urgency'])}
              options={(['normal', 'urgent', 'acute'] as const).map((u) => ({ value: u, label: t(`referrals.urgencies.${u}`) }))} />
            <SelectField id="ref-basis" label={t('referrals.legalBasisSought')} value={f.legalBasis} onChange={(v) => set('legalBasis', v)} error={err('legalBasis')} placeholder={t('referrals.pick')}
              options={(cat?.legalBases ?? []).filter((b) => b.stay).map((b) => ({ value: b.code, label: `${b.code} ${b.name}` }))} />
            <SelectField id="ref-support-need" label={t('referrals.supportNeed')} value={f.supportNeedCode} onChange={(v) => set('supportNeedCode', v)} error={err('supportNeedCode')} placeholder={t('referrals.none_')}
              options={(cat?.supportNeedLevels ?? []).map((l) => ({ value: l.code, label: l.display }))} />
            <DateInput id="ref-move-in" label={t('referrals.expectedMoveIn')} value={f.expectedMoveIn} onChange={(v) => set('expectedMoveIn', v)} error={err('expectedMoveIn')} />
          </div>
        </fieldset>

        <fieldset className="referral-fieldset">
          <legend className="h3">{t('referrals.sections.plan')}</legend>
          <p className="form-hint">{t('referrals.planHint')}</p>
          <TextArea id="ref-purpose" label={t('referrals.plan.purpose')} value={f.purpose} onChange={(v) => set('purpose', v)} error={err('actionPlan.purpose')} rows={3} />
          <TextArea id="ref-interventions" label={t('referrals.plan.interventionsNeeded')} value={f.interventionsNeeded} onChange={(v) => set('interventionsNeeded', v)} error={err('actionPlan.interventionsNeeded')} rows={3} />
          <TextField id="ref-duration" label={t('referrals.plan.expectedDuration')} value={f.expectedDuration} onChange={(v) => set('expectedDuration', v)} error={err('actionPlan.expectedDuration')} />
          <p className="form-hint" id="ref-other-hint">{t('referrals.otherHint')}</p>
          {err('actionPlan.otherMatters') && <p className="form-error-message">{err('actionPlan.otherMatters')}</p>}
          <div className="referral-grid">
            {otherMatters.map((k) => (
              <TextArea key={k} id={`ref-other-${k}`} label={t(`referrals.plan.${k}`)} value={f.other[k]} rows={2} onChange={(v) => set('other', { ...f.other, [k]: v })} />
            ))}
          </div>
        </fieldset>

        <fieldset className="referral-fieldset">
          <legend className="h3">{t('referrals.sections.groups')}</legend>
          <div className="referral-grid">
            <SelectField id="ref-primary-group" label={t('referrals.primaryTargetGroup')} value={f.primaryGroup} onChange={(v) => set('primaryGroup', v)} error={err('targetGroups')} placeholder={t('referrals.pick')} options={groups} />
            <fieldset id="ref-other-groups" className="referral-checks">
              <legend className="form-label">{t('referrals.otherTargetGroups')}</legend>
              {groups.filter((g) => g.value !== f.primaryGroup).map((g) => (
                <Checkbox key={g.value} id={`ref-group-${g.value}`} label={g.label} checked={f.otherGroups.includes(g.value)} onChange={(on) => set('otherGroups', toggle(f.otherGroups, g.value, on))} />
              ))}
            </fieldset>
            <fieldset id="ref-flags" className="referral-checks">
              <legend className="form-label">{t('referrals.flagsLabel')}</legend>
              {referralFlags.map((fl) => (
                <Checkbox key={fl} id={`ref-flag-${fl}`} label={t(`referrals.flags.${fl}`)} checked={f.flags.includes(fl)} onChange={(on) => set('flags', toggle(f.flags, fl, on))} />
              ))}
            </fieldset>
            <fieldset id="ref-methods" className="referral-checks">
              <legend className="form-label">{t('referrals.methodsWanted')}</legend>
              {(form.data?.methods ?? []).map((m) => (
                <Checkbox key={m.code} id={`ref-method-${m.code}`} label={m.name} checked={f.methodsWanted.includes(m.code)} onChange={(on) => set('methodsWanted', toggle(f.methodsWanted, m.code, on))} />
              ))}
            </fieldset>
          </div>
        </fieldset>

        <fieldset className="referral-fieldset" id="ref-assessment">
          <legend className="h3">{t('referrals.sections.assessment')}</legend>
          <p className="form-hint">{t('referrals.assessmentHint')}</p>
          {f.assessment.map((l, i) => (
            <div key={i} className="referral-line">
              <Field2 id={`ref-cond-${i}`} label={t('referrals.condition')} error={err(`assessment.${i}.conditionCode`)}>
                <select id={`ref-cond-${i}`} className="form-select" value={l.conditionCode} onChange={(e) => setLine(i, { conditionCode: e.target.value })}>
                  <option value="">{t('referrals.pick')}</option>
                  {[...conditionsByArea].map(([code, a]) => (
                    <optgroup key={code} label={a.display}>
                      {a.conditions.map((c) => <option key={c.code} value={c.code}>{c.display}</option>)}
                    </optgroup>
                  ))}
                </select>
              </Field2>
              <SelectField id={`ref-level-${i}`} label={t('referrals.level')} value={l.levelCode} onChange={(v) => setLine(i, { levelCode: v })} error={err(`assessment.${i}.levelCode`)} placeholder={t('referrals.pick')}
                options={levels.map((x) => ({ value: x.code, label: x.display }))} />
              <TextField id={`ref-note-${i}`} label={t('referrals.note')} value={l.note} onChange={(v) => setLine(i, { note: v })} />
              <button type="button" className="button button-tertiary referral-remove" onClick={() => set('assessment', f.assessment.filter((_, j) => j !== i))}>
                {t('referrals.removeLine')}
              </button>
            </div>
          ))}
          <button type="button" className="button button-secondary" onClick={() => set('assessment', [...f.assessment, { conditionCode: '', levelCode: '', note: '' }])}>
            {t('referrals.addLine')}
          </button>
          <table className="table table--compact referral-rollup">
            <caption>{t('referrals.rollUpCaption')}</caption>
            <thead><tr><th scope="col">{t('referrals.area')}</th><th scope="col">{t('referrals.rollUpLevel')}</th></tr></thead>
            <tbody>
              {[...conditionsByArea].map(([code, a]) => (
                <tr key={code}><th scope="row">{a.display}</th><td>{rollUp.has(code) ? `${rollUp.get(code)} – ${levels[rollUp.get(code)!]?.display ?? ''}` : t('referrals.notAssessed')}</td></tr>
              ))}
            </tbody>
          </table>
        </fieldset>

        <fieldset className="referral-fieldset">
          <legend className="h3">{t('referrals.sections.wishes')}</legend>
          <TextArea id="ref-wishes" label={t('referrals.wishesText')} value={f.wishesText} onChange={(v) => set('wishesText', v)} rows={2} />
          <div className="referral-grid">
            <SelectField id="ref-wish-municipality" label={t('referrals.wishMunicipality')} value={f.wishMunicipality} onChange={(v) => set('wishMunicipality', v)} error={err('wishes.municipalityCode')} placeholder={t('referrals.none_')} options={municipalities} />
            <TextField id="ref-wish-district" label={t('referrals.wishDistrict')} value={f.wishDistrict} onChange={(v) => set('wishDistrict', v)} />
            <SelectField id="ref-family-municipality" label={t('referrals.familyMunicipality')} value={f.familyMunicipality} onChange={(v) => set('familyMunicipality', v)} error={err('wishes.familyMunicipalityCode')} placeholder={t('referrals.none_')} options={municipalities} />
            <TextField id="ref-family-district" label={t('referrals.familyDistrict')} value={f.familyDistrict} onChange={(v) => set('familyDistrict', v)} />
          </div>
          <Checkbox id="ref-pets" label={t('referrals.pets')} checked={f.pets} onChange={(v) => set('pets', v)} />
        </fieldset>

        <fieldset className="referral-fieldset">
          <legend className="h3">{t('referrals.sections.needs')}</legend>
          <p className="form-hint">{t('referrals.needsHint')}</p>
          <Checkbox id="ref-own-bath" label={t('referrals.ownBath')} checked={f.ownBath} onChange={(v) => set('ownBath', v)} />
          <Checkbox id="ref-own-kitchen" label={t('referrals.ownKitchen')} checked={f.ownKitchen} onChange={(v) => set('ownKitchen', v)} />
          <TextField id="ref-min-area" label={t('referrals.minArea')} value={f.minArea} onChange={(v) => set('minArea', v)} error={err('needs.minAreaM2')} inputMode="decimal" className="input-width-xs" />
        </fieldset>

        <FormActions pending={pending} onCancel={() => navigate(editing.data ? `/henvisninger/${editing.data.id}` : '/henvisninger')} submitLabel={editing.data ? t('common.save') : t('referrals.submit')} />
      </form>
      <p><Link to="/henvisninger">{t('referrals.back')}</Link></p>
    </>
  );
}

/** A labelled control of its own (the grouped condition picker). */
function Field2({ id, label, error, children }: { id: string; label: string; error?: string; children: React.ReactNode }) {
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>{label}</label>
      {error && <span className="form-error-message">{error}</span>}
      {children}
    </div>
  );
}
