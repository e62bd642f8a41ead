"""`streamlit.errors` has every exception class 1.67's has, for code that catches them by name."""

import streamlit.errors as errors

# The exception classes defined in Streamlit 1.67's streamlit/errors.py.
NAMES_1_67 = ["BidiComponentError", "BidiComponentInvalidCallbackNameError", "BidiComponentInvalidDefaultKeyError", "BidiComponentInvalidIdError", "BidiComponentUnserializableDataError", "DuplicateWidgetID", "Error", "FragmentHandledException", "FragmentStorageKeyError", "LocalizableStreamlitException", "MarkdownFormattedException", "NoSessionContext", "StreamlitAPIException", "StreamlitAPIWarning", "StreamlitAuthError", "StreamlitBadTimeStringError", "StreamlitComponentRegistryError", "StreamlitDataframeConversionError", "StreamlitDefaultNotInOptionsError", "StreamlitDuplicateElementId", "StreamlitDuplicateElementKey", "StreamlitIncompatibleParametersError", "StreamlitInvalidColorError", "StreamlitInvalidColumnSpecError", "StreamlitInvalidFormCallbackError", "StreamlitInvalidHeightError", "StreamlitInvalidLayoutContextError", "StreamlitInvalidMinMaxError", "StreamlitInvalidNumberFormatError", "StreamlitInvalidParameterTypeError", "StreamlitInvalidThemeError", "StreamlitInvalidThemeOptionError", "StreamlitInvalidThemeSectionError", "StreamlitInvalidURLError", "StreamlitInvalidWidthError", "StreamlitJSNumberBoundsError", "StreamlitMaxRetriesError", "StreamlitMissingAuthlibError", "StreamlitMissingRequiredParameterError", "StreamlitMixedNumericTypesError", "StreamlitPageNotFoundError", "StreamlitQueryParamDictValueError", "StreamlitSecretNotFoundError", "StreamlitSelectionCountExceedsMaxError", "StreamlitValueAboveMaxError", "StreamlitValueAssignmentNotAllowedError", "StreamlitValueBelowMinError", "StreamlitValueError", "StreamlitValueOutOfRangeError", "StreamlitWidgetAlreadyInstantiatedError", "UnserializableSessionStateError"]


def test_every_exception_class_of_1_67_exists():
    missing = [n for n in NAMES_1_67 if not (isinstance(getattr(errors, n, None), type)
                                             and issubclass(getattr(errors, n), BaseException))]
    assert missing == []


def test_families_catch_as_in_1_67():
    assert issubclass(errors.StreamlitMissingAuthlibError, errors.StreamlitAuthError)
    assert issubclass(errors.StreamlitSecretNotFoundError, FileNotFoundError)
    assert issubclass(errors.FragmentStorageKeyError, KeyError)
    assert issubclass(errors.StreamlitInvalidThemeSectionError, errors.StreamlitInvalidThemeError)
    assert "`2 days`" in str(errors.StreamlitBadTimeStringError("soon"))
