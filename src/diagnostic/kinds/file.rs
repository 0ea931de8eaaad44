//! Reading a file, and what it must be at its top: before its format matters.

use crate::diagnostic::kinds;

kinds! {
    /// A file that cannot be read, or is not text with `key: value` lines.
    pub enum File {
        Pipe { name: String } => FileUnreadable, "`{name}` is a named pipe or a socket, not a file",
        NotFound { name: String } => FileNotFound, "cannot find the file `{name}`",
        NoPermission { name: String } => FileUnreadable, "no permission to read `{name}`",
        CannotOpen { name: String, error: String } => FileUnreadable, "cannot open `{name}`: {error}",
        CannotRead { name: String, error: String } => FileUnreadable, "cannot read `{name}`: {error}",
        Folder { name: String } => FileUnreadable, "`{name}` is a folder, not a file",
        TooLarge { name: String, size: String, limit: String } => FileTooLarge,
            "`{name}` is {size}; files larger than {limit} are refused",
        NotUtf8 { byte: u8 } => NotUtf8,
            "this file is not UTF-8 text (byte 0x{byte:02X} cannot start a character)",
        /// What the YAML reader says, in its words.
        InvalidYaml { message: String } => InvalidYaml, "{message}",
        NotAMapping { found: &'static str } => NotAMapping,
            "the file holds {found}; it should hold `key: value` lines",
        /// An answers file given where a questionnaire is needed.
        AnswersNotQuestionnaire { name: String } => WrongKind,
            "`{name}` is an answers file, not a questionnaire",
    }
}

kinds! {
    /// `assure.toml`.
    pub enum Config {
        /// What the TOML reader says, in its words.
        Toml { message: String } => InvalidConfig, "{message}",
        TooManyFolders { max: usize } => InvalidConfig,
            "`questionnaire_dirs` names more than {max} folders",
        MissingFolder { folder: String } => MissingFolder, "the folder `{folder}` does not exist",
        Logo { problem: Logo } => InvalidConfig, "{problem}",
        UnknownFormat { name: String, expected: String } => InvalidConfig,
            "unknown variant `{name}`, expected one of {expected}",
    }
}

/// Why a logo cannot be used.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum Logo {
    #[error("cannot read the logo `{0}`")]
    Unreadable(String),
    #[error("the logo `{0}` is not a file")]
    NotAFile(String),
    #[error("the logo `{name}` is {kib} KiB; a logo may be at most {max} KiB")]
    TooLarge { name: String, kib: u64, max: u64 },
    #[error("the logo `{0}` grew while it was read")]
    Grew(String),
    #[error("the logo `{0}` is not a PNG or JPEG image")]
    NotAnImage(String),
}
