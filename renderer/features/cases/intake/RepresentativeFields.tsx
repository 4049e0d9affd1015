/** A representative acting for the subject, with the document that gives them authority. */
import { useFormContext, useWatch } from 'react-hook-form';
import type { IntakeInput } from '../../../../shared/cases/intake-schema';
import { useApp } from '../../../app/app-context';
import { Field } from '../../../components/Field';
import { AUTHORITY_KINDS } from '../../../../shared/cases/model';
import { useFieldMessage } from './field-message';
import { FormOfAddressField } from './FormOfAddressField';

export function RepresentativeFields() {
  const { t } = useApp();
  const message = useFieldMessage();
  const { register, control, formState } = useFormContext<IntakeInput>();
  const onBehalf = useWatch({ control, name: 'onBehalf' });
  const errors = formState.errors.representative;
  return (
    <fieldset>
      <legend>{t('intake.representativeBlock')}</legend>
      <label className="check">
        <input type="checkbox" {...register('onBehalf')} />
        <span>{t('intake.onBehalf')}</span>
      </label>
      {/* A subject under 18 on the day of receipt acts through a legal representative (legal-reference §11.5). */}
      {formState.errors.onBehalf && (
        <p className="field-error" role="alert" data-testid="minor-warning">
          {message(formState.errors.onBehalf)}
        </p>
      )}
      {onBehalf && (
        <>
          <div className="field-row">
            <Field label={<>{t('intake.representative')} *</>} required error={message(errors?.fullName)}>
              <input {...register('representative.fullName')} />
            </Field>
            <FormOfAddressField who="representative" />
          </div>
          <div className="field-row">
            <Field label={<>{t('intake.authorityKind')} *</>} required error={message(errors?.authorityKind)}>
              <select {...register('representative.authorityKind')}>
                <option value="">{t('intake.authorityKind.choose')}</option>
                {AUTHORITY_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`intake.authorityKind.${k}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={<>{t('intake.authorityNumber')} *</>} required error={message(errors?.authorityNumber)}>
              <input {...register('representative.authorityNumber')} />
            </Field>
            <Field label={<>{t('intake.authorityDate')} *</>} required error={message(errors?.authorityDate)}>
              <input type="date" {...register('representative.authorityDate')} />
            </Field>
          </div>
          <Field label={t('intake.authorityDetails')} error={message(errors?.authorityDocument)}>
            <input {...register('representative.authorityDocument')} />
          </Field>
          <div className="field-row">
            <Field label={t('intake.representativeEmail')} error={message(errors?.email)}>
              <input type="email" {...register('representative.email')} />
            </Field>
            <Field label={t('intake.representativeAddress')} error={message(errors?.address)}>
              <input {...register('representative.address')} />
            </Field>
          </div>
        </>
      )}
    </fieldset>
  );
}
