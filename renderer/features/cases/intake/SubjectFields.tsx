/** Who the request is about: name, IIN (checked against its control digit and the birth date), contacts, RF citizenship. */
import { useFormContext } from 'react-hook-form';
import type { IntakeInput } from '../../../../shared/cases/intake-schema';
import { useApp } from '../../../app/app-context';
import { Field } from '../../../components/Field';
import { useFieldMessage } from './field-message';
import { FormOfAddressField } from './FormOfAddressField';

export function SubjectFields() {
  const { t } = useApp();
  const message = useFieldMessage();
  const { register, formState } = useFormContext<IntakeInput>();
  const errors = formState.errors.subject;
  return (
    <fieldset>
      <legend>{t('intake.subject')}</legend>
      <Field label={<>{t('intake.fullName')} *</>} required error={message(errors?.fullName)}>
        <input {...register('subject.fullName')} autoComplete="off" />
      </Field>
      <div className="field-row">
        <Field label={<>{t('intake.iin')}</>} error={message(errors?.iin)}>
          <input {...register('subject.iin')} inputMode="numeric" maxLength={14} autoComplete="off" />
        </Field>
        <Field label={<>{t('intake.birthDate')}</>} error={message(errors?.birthDate)}>
          <input type="date" {...register('subject.birthDate')} />
        </Field>
      </div>
      <div className="field-row">
        <Field label={<>{t('intake.email')}</>} error={message(errors?.email)}>
          <input type="email" {...register('subject.email')} />
        </Field>
        <Field label={<>{t('intake.phone')}</>} error={message(errors?.phone)}>
          <input type="tel" {...register('subject.phone')} />
        </Field>
      </div>
      <Field label={<>{t('intake.address')}</>}>
        <input {...register('subject.address')} />
      </Field>
      <FormOfAddressField who="subject" />
      <label className="check">
        <input type="checkbox" {...register('rfSubject')} />
        <span>{t('intake.rfSubject')}</span>
      </label>
    </fieldset>
  );
}
