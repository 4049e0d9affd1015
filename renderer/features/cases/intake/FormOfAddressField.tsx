/**
 * The form of address letters use («Уважаемый …» / «Уважаемая …»): suggested from the patronymic, else from
 * the IIN's seventh digit, as the name and IIN are typed — until the DPO picks one, which then stays.
 */
import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { FORMS_OF_ADDRESS, suggestFormOfAddress } from '../../../../shared/cases/form-of-address';
import type { IntakeInput } from '../../../../shared/cases/intake-schema';
import { useApp } from '../../../app/app-context';
import { Field } from '../../../components/Field';

type Who = 'subject' | 'representative';

export function FormOfAddressField({ who }: { who: Who }) {
  const { t } = useApp();
  const { register, control, setValue, getFieldState, formState } = useFormContext<IntakeInput>();
  const name = useWatch({ control, name: `${who}.fullName` });
  const iin = useWatch({ control, name: 'subject.iin' });
  const field = `${who}.formOfAddress` as const;
  const usesIin = who === 'subject';
  useEffect(() => {
    if (getFieldState(field, formState).isDirty) return;
    setValue(field, suggestFormOfAddress(name, usesIin ? iin : undefined), { shouldDirty: false });
  }, [name, iin, usesIin, field, getFieldState, formState, setValue]);
  return (
    <Field label={t('intake.formOfAddress')} hint={t('intake.formOfAddress.hint')}>
      <select {...register(field)} data-testid={`${who}-form-of-address`}>
        {FORMS_OF_ADDRESS.map((f) => (
          <option key={f} value={f}>
            {t(`intake.formOfAddress.${f}`)}
          </option>
        ))}
      </select>
    </Field>
  );
}
