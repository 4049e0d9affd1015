/** A representative acting for the subject, with the document that gives them authority. */
import { useFormContext, useWatch } from 'react-hook-form';
import type { IntakeInput } from '../../../../shared/cases/intake-schema';
import { useApp } from '../../../app/app-context';
import { Field } from '../../../components/Field';
import { useFieldMessage } from './field-message';

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
        <div className="field-row">
          <Field label={<>{t('intake.representative')} *</>} required error={message(errors?.fullName)}>
            <input {...register('representative.fullName')} />
          </Field>
          <Field label={<>{t('intake.authority')} *</>} required error={message(errors?.authorityDocument)}>
            <input {...register('representative.authorityDocument')} />
          </Field>
        </div>
      )}
    </fieldset>
  );
}
