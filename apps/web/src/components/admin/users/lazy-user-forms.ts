import { lazy } from "react";

// The user forms load when first opened (`Deferred`, ui/deferred.tsx): each brings react-hook-form
// and the shared schemas, which the users list itself does not need.
export const loadCreateUserSheet = () => import("./create-user-sheet");
export const CreateUserSheet = lazy(() => loadCreateUserSheet().then((m) => ({ default: m.CreateUserSheet })));

export const loadEditUserSheet = () => import("./edit-user-sheet");
export const EditUserSheet = lazy(() => loadEditUserSheet().then((m) => ({ default: m.EditUserSheet })));

export const loadResetPasswordDialog = () => import("./reset-password-dialog");
export const ResetPasswordDialog = lazy(() =>
  loadResetPasswordDialog().then((m) => ({ default: m.ResetPasswordDialog })),
);
