/** The languages a user can choose, as <option>s for a locale select. */
export function LocaleOptions() {
  return (
    <>
      <option value="en">English</option>
      <option value="es" lang="es">
        Español
      </option>
    </>
  );
}
