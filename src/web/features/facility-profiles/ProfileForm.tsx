import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ProfileMethod, StoredProfile } from '../../../contracts/facility-profiles.js';
import { Checkbox } from '../../components/Checkbox';
import { FieldError } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { FormError, isConflict } from '../../components/forms/FormError';
import { mutationForm } from '../../components/forms/formFields';
import { useCatalogue } from '../plans/api';
import { invalidateProfiles, saveProfile, type OrgUnitProfile, type PutProfileRequest } from './api';
import { COPENHAGEN_DISTRICTS, FLAGS, formatRate, LEVELS, parseAmount } from './format';

interface FormState {
  tilbudsportalenId: string;
  address: string;
  phone: string;
  website: string;
  publicDescription: string;
  areaMunicipalityCode: string;
  district: string;
  ageFrom: string;
  ageTo: string;
  methods: string[];
  exclusionCriteria: string[];
  maxSupportLevel: string;
  dailyRateDkk: string;
  petsAllowed: '' | 'yes' | 'no';
}

const FIELD_IDS = {
  tilbudsportalenId: 'profile-tp-id',
  address: 'profile-address',
  phone: 'profile-phone',
  website: 'profile-website',
  publicDescription: 'profile-description',
  areaMunicipalityCode: 'profile-municipality',
  district: 'profile-district',
  ageFrom: 'profile-age-from',
  ageTo: 'profile-age-to',
  methods: 'profile-methods',
  exclusionCriteria: 'profile-exclusions',
  maxSupportLevel: 'profile-level',
  dailyRateDkk: 'profile-rate',
  petsAllowed: 'profile-pets',
};

const text = (v: string | number | null) => (v === null ? '' : String(v));
const stateOf = (p: StoredProfile): FormState => ({
  tilbudsportalenId: text(p.tilbudsportalenId),
  address: text(p.address),
  phone: text(p.phone),
  website: text(p.website),
  publicDescription: p.publicDescription,
  areaMunicipalityCode: text(p.areaMunicipalityCode),
  district: text(p.district),
  ageFrom: text(p.ageFrom),
  ageTo: text(p.ageTo),
  methods: p.methods,
  exclusionCriteria: p.exclusionCriteria,
  maxSupportLevel: text(p.maxSupportLevel),
  dailyRateDkk: p.dailyRateDkk === null ? '' : String(p.dailyRateDkk).replace('.', ','),
  petsAllowed: p.petsAllowed === null ? '' : p.petsAllowed ? 'yes' : 'no',
});

/** A whole number, or what was typed, so the server names what is wrong with it. */
const wholeOrRaw = (s: string): number | null => (s.trim() === '' ? null : /^-?\d+$/.test(s.trim()) ? Number(s.trim()) : (s as unknown as number));
const amountOrRaw = (s: string): number | null => (s.trim() === '' ? null : (parseAmount(s) ?? (s as unknown as number)));

function bodyOf(s: FormState, version: number): PutProfileRequest {
  return {
    version,
    tilbudsportalenId: s.tilbudsportalenId,
    address: s.address,
    phone: s.phone,
    website: s.website,
    publicDescription: s.publicDescription,
    areaMunicipalityCode: s.areaMunicipalityCode || null,
    district: s.district,
    ageFrom: wholeOrRaw(s.ageFrom),
    ageTo: wholeOrRaw(s.ageTo),
    methods: s.methods,
    exclusionCriteria: s.exclusionCriteria as PutProfileRequest['exclusionCriteria'],
    maxSupportLevel: s.maxSupportLevel === '' ? null : Number(s.maxSupportLevel),
    dailyRateDkk: amountOrRaw(s.dailyRateDkk),
    petsAllowed: s.petsAllowed === '' ? null : s.petsAllowed === 'yes',
  };
}

interface Props {
  profile: OrgUnitProfile;
  onSaved: () => void;
}

/**
 * The profile's form. On a unit every field may stay empty: it is then as the facility (each hint
 * says what that is), and the facility's methods and exclusion criteria are ticked and fixed, since
 * a unit's lists add to its facility's.
 */
export function ProfileForm({ profile, onSaved }: Props) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const catalogue = useCatalogue();
  const [input, setInput] = useState<FormState>(() => stateOf(profile.own));
  const unit = profile.orgUnit.kind === 'unit';
  const inherited = profile.facility;
  const save = useMutation({
    mutationFn: () => saveProfile(profile.orgUnit.id, bodyOf(input, profile.version)),
    onSuccess: (saved) => {
      qc.setQueryData(['facilityProfiles', 'profile', saved.orgUnit.id], saved);
      invalidateProfiles(qc);
      onSaved();
    },
    onError: (e) => {
      if (isConflict(e)) invalidateProfiles(qc);
    },
  });
  const set = <K extends keyof FormState>(key: K) => (value: FormState[K]) => setInput((prev) => ({ ...prev, [key]: value }));
  const { submit, bind, field } = mutationForm(save, FIELD_IDS);
  const municipalities = catalogue.data?.municipalities ?? [];
  const municipalityName = (code: string | null) => municipalities.find((m) => m.code === code)?.name ?? code;

  /** A unit's hint: empty is as the facility, which states this. */
  const asFacility = (value: string | null | undefined) =>
    unit ? t('facilityProfiles.form.asFacility', { value: value === null || value === undefined || value === '' ? t('facilityProfiles.notStated') : value }) : undefined;
  const withHint = (own: string | undefined, inheritedHint: string | undefined) => [own, inheritedHint].filter(Boolean).join(' ') || undefined;

  const toggle = (key: 'methods' | 'exclusionCriteria', code: string, on: boolean) =>
    set(key)(on ? [...input[key], code] : input[key].filter((c) => c !== code));

  const methodBoxes = (kind: ProfileMethod['kind']) =>
    profile.methodOptions
      .filter((m) => m.kind === kind)
      .map((m) => {
        const fromFacility = inherited?.methods.includes(m.code) ?? false;
        return (
          <Checkbox
            key={m.code}
            id={`${FIELD_IDS.methods}-${m.code}`}
            label={fromFacility ? `${m.name} ${t('facilityProfiles.form.fromFacility')}` : m.name}
            checked={fromFacility || input.methods.includes(m.code)}
            disabled={fromFacility}
            onChange={(on) => toggle('methods', m.code, on)}
          />
        );
      });

  const ageHint = unit && inherited ? asFacility(inherited.ageFrom === null ? null : `${inherited.ageFrom}–${inherited.ageTo} år`) : t('facilityProfiles.form.ageHint');
  const levelLabel = (n: number | null) => (n === null ? null : `${n} – ${t(`facilityProfiles.levels.${LEVELS[n]}`)}`);
  const districts = input.areaMunicipalityCode === '101' || (!input.areaMunicipalityCode && inherited?.areaMunicipalityCode === '101') ? COPENHAGEN_DISTRICTS : [];
  const methodsError = field('methods').error;
  const exclusionError = field('exclusionCriteria').error ?? Object.entries(fieldErrorsOf(save.error)).find(([k]) => k.startsWith('exclusionCriteria.'))?.[1];

  return (
    <form onSubmit={submit} noValidate className="profile-form">
      <FormError error={save.error} fieldIds={FIELD_IDS} />

      <fieldset className="profile-group">
        <legend>{t('facilityProfiles.form.offerHeading')}</legend>
        <div className="profile-grid">
          <TextField
            {...bind('ageFrom', input.ageFrom, set('ageFrom'))}
            label={t('facilityProfiles.form.ageFrom')}
            inputMode="numeric"
            className="input-width-xs"
          />
          <TextField {...bind('ageTo', input.ageTo, set('ageTo'))} label={t('facilityProfiles.form.ageTo')} inputMode="numeric" className="input-width-xs" />
        </div>
        {ageHint && <p className="form-hint profile-hint">{ageHint}</p>}
        <div className="profile-grid">
          <SelectField
            {...bind('maxSupportLevel', input.maxSupportLevel, set('maxSupportLevel'))}
            label={t('facilityProfiles.form.maxSupportLevel')}
            hint={withHint(t('facilityProfiles.form.maxSupportLevelHint'), asFacility(levelLabel(inherited?.maxSupportLevel ?? null)))}
            placeholder={unit ? t('facilityProfiles.form.sameAsFacility') : t('facilityProfiles.notStated')}
            options={LEVELS.map((l, n) => ({ value: String(n), label: `${n} – ${t(`facilityProfiles.levels.${l}`)}` }))}
          />
          <TextField
            {...bind('dailyRateDkk', input.dailyRateDkk, set('dailyRateDkk'))}
            label={t('facilityProfiles.form.dailyRate')}
            hint={withHint(t('facilityProfiles.form.dailyRateHint'), asFacility(inherited?.dailyRateDkk == null ? null : formatRate(inherited.dailyRateDkk)))}
            inputMode="decimal"
            className="input-width-s"
          />
          <SelectField
            {...bind<string>('petsAllowed', input.petsAllowed, (v) => set('petsAllowed')(v as FormState['petsAllowed']))}
            label={t('facilityProfiles.form.pets')}
            hint={asFacility(inherited?.petsAllowed == null ? null : inherited.petsAllowed ? t('facilityProfiles.form.petsYes') : t('facilityProfiles.form.petsNo'))}
            placeholder={unit ? t('facilityProfiles.form.sameAsFacility') : t('facilityProfiles.notStated')}
            options={[
              { value: 'yes', label: t('facilityProfiles.form.petsYes') },
              { value: 'no', label: t('facilityProfiles.form.petsNo') },
            ]}
          />
        </div>
      </fieldset>

      <div className={`form-group${methodsError ? ' form-error' : ''}`}>
        <fieldset id={FIELD_IDS.methods} tabIndex={-1} className="profile-group" aria-describedby={methodsError ? `${FIELD_IDS.methods}-error` : undefined}>
          <legend>{t('facilityProfiles.form.methodsHeading')}</legend>
          {unit && <p className="form-hint">{t('facilityProfiles.form.unitListsAdd')}</p>}
          {methodsError && <FieldError id={`${FIELD_IDS.methods}-error`} error={methodsError} />}
          <h4 className="profile-subheading">{t('facilityProfiles.form.specialisations')}</h4>
          <div className="checkbox-columns">{methodBoxes('specialisation')}</div>
          <h4 className="profile-subheading">{t('facilityProfiles.form.methods')}</h4>
          <div className="checkbox-columns">{methodBoxes('method')}</div>
        </fieldset>
      </div>

      <div className={`form-group${exclusionError ? ' form-error' : ''}`}>
        <fieldset id={FIELD_IDS.exclusionCriteria} tabIndex={-1} className="profile-group">
          <legend>{t('facilityProfiles.form.exclusionsHeading')}</legend>
          <p className="form-hint">{t('facilityProfiles.form.exclusionsHint')}</p>
          {exclusionError && <FieldError id={`${FIELD_IDS.exclusionCriteria}-error`} error={exclusionError} />}
          <div className="checkbox-columns">
            {FLAGS.map((flag) => {
              const fromFacility = inherited?.exclusionCriteria.includes(flag) ?? false;
              const label = t(`facilityProfiles.flags.${flag}`);
              return (
                <Checkbox
                  key={flag}
                  id={`${FIELD_IDS.exclusionCriteria}-${flag}`}
                  label={fromFacility ? `${label} ${t('facilityProfiles.form.fromFacility')}` : label}
                  checked={fromFacility || input.exclusionCriteria.includes(flag)}
                  disabled={fromFacility}
                  onChange={(on) => toggle('exclusionCriteria', flag, on)}
                />
              );
            })}
          </div>
        </fieldset>
      </div>

      <fieldset className="profile-group">
        <legend>{t('facilityProfiles.form.areaHeading')}</legend>
        <div className="profile-grid">
          <SelectField
            {...bind('areaMunicipalityCode', input.areaMunicipalityCode, set('areaMunicipalityCode'))}
            label={t('facilityProfiles.form.municipality')}
            hint={asFacility(municipalityName(inherited?.areaMunicipalityCode ?? null))}
            placeholder={unit ? t('facilityProfiles.form.sameAsFacility') : t('facilityProfiles.form.chooseMunicipality')}
            options={municipalities.map((m) => ({ value: m.code, label: m.name }))}
          />
          <TextField
            {...bind('district', input.district, set('district'))}
            label={t('facilityProfiles.form.district')}
            hint={withHint(t('facilityProfiles.form.districtHint'), asFacility(inherited?.district))}
            list={districts.length ? 'profile-districts' : undefined}
            maxLength={100}
          />
          {districts.length > 0 && (
            <datalist id="profile-districts">
              {districts.map((d) => (
                <option key={d} value={d} />
              ))}
            </datalist>
          )}
        </div>
      </fieldset>

      <fieldset className="profile-group">
        <legend>{t('facilityProfiles.form.publicHeading')}</legend>
        <p className="form-hint">{t('facilityProfiles.form.publicHint')}</p>
        <div className="profile-grid profile-grid--wide">
          <TextField {...bind('address', input.address, set('address'))} label={t('facilityProfiles.description.address')} hint={asFacility(inherited?.address)} maxLength={300} />
          <TextField
            {...bind('website', input.website, set('website'))}
            label={t('facilityProfiles.description.website')}
            hint={asFacility(inherited?.website)}
            inputMode="url"
            verbatim
            maxLength={300}
          />
        </div>
        <div className="profile-grid">
          <TextField {...bind('phone', input.phone, set('phone'))} label={t('facilityProfiles.description.phone')} hint={asFacility(inherited?.phone)} inputMode="tel" maxLength={40} />
          <TextField
            {...bind('tilbudsportalenId', input.tilbudsportalenId, set('tilbudsportalenId'))}
            label={t('facilityProfiles.description.tilbudsportalenId')}
            hint={withHint(t('facilityProfiles.form.tilbudsportalenIdHint'), asFacility(inherited?.tilbudsportalenId))}
            inputMode="numeric"
            className="input-width-s"
            maxLength={12}
          />
        </div>
        <TextArea
          {...bind('publicDescription', input.publicDescription, set('publicDescription'))}
          label={t('facilityProfiles.description.description')}
          hint={unit ? t('facilityProfiles.form.descriptionUnitHint') : undefined}
          rows={5}
          maxLength={5000}
        />
      </fieldset>

      <div className="button-group-inline">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('facilityProfiles.form.save')}
        </button>
      </div>
    </form>
  );
}

/** The server's field errors of a failed save, by path ('exclusionCriteria.0'). */
function fieldErrorsOf(error: unknown): Record<string, string> {
  const fields = (error as { fields?: Record<string, string> } | null)?.fields;
  return fields ?? {};
}
