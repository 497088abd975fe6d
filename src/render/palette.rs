//! The role colours, in one place for the terminal tables and the HTML report.
//!
//! The palette is Okabe and Ito's (2002), chosen so that people with the common colour-vision
//! deficiencies can still tell the colours apart; the charts never rely on colour alone (the
//! terminal bars fall back to letters, the HTML charts carry labels and tables of numbers).

/// One colour of the palette.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Swatch {
    /// Its name in the palette.
    pub name: &'static str,
    /// Red, green, blue.
    pub rgb: (u8, u8, u8),
}

/// The role colours, by category position (PM, EM, TPM, then any further category).
pub const ROLES: [Swatch; 7] = [
    Swatch {
        name: "blue",
        rgb: (0x00, 0x72, 0xB2),
    },
    Swatch {
        name: "orange",
        rgb: (0xE6, 0x9F, 0x00),
    },
    Swatch {
        name: "bluish green",
        rgb: (0x00, 0x9E, 0x73),
    },
    Swatch {
        name: "reddish purple",
        rgb: (0xCC, 0x79, 0xA7),
    },
    Swatch {
        name: "sky blue",
        rgb: (0x56, 0xB4, 0xE9),
    },
    Swatch {
        name: "vermillion",
        rgb: (0xD5, 0x5E, 0x00),
    },
    Swatch {
        name: "yellow",
        rgb: (0xF0, 0xE4, 0x42),
    },
];

/// The colour of the category at `position`.
pub fn role(position: usize) -> Swatch {
    ROLES[position % ROLES.len()]
}

/// Work no role owns, and lines left out: a grey.
pub const NEUTRAL: Swatch = Swatch {
    name: "grey",
    rgb: (0x99, 0x99, 0x99),
};

impl Swatch {
    /// `#0072b2`.
    pub fn hex(&self) -> String {
        let (r, g, b) = self.rgb;
        format!("#{r:02x}{g:02x}{b:02x}")
    }

    /// The nearest of the 240 colours every 256-colour terminal shares (the 6×6×6 cube and the
    /// grey ramp), so the terminal needs no true-colour support.
    pub fn ansi256(&self) -> u8 {
        const LEVELS: [u8; 6] = [0, 95, 135, 175, 215, 255];
        let nearest = |c: u8| (0..LEVELS.len()).min_by_key(|&i| LEVELS[i].abs_diff(c)).unwrap_or(0);
        let (r, g, b) = self.rgb;
        let cube = (nearest(r), nearest(g), nearest(b));
        let cube_rgb = (LEVELS[cube.0], LEVELS[cube.1], LEVELS[cube.2]);
        let cube_index = 16 + 36 * cube.0 + 6 * cube.1 + cube.2;
        let grey_step = ((u32::from(r) + u32::from(g) + u32::from(b)) / 3).saturating_sub(8) / 10;
        let grey_step = grey_step.min(23);
        let grey = 8 + 10 * grey_step as u8;
        let distance = |(x, y, z): (u8, u8, u8)| {
            let d = |a: u8, b: u8| u32::from(a.abs_diff(b)).pow(2);
            d(x, r) + d(y, g) + d(z, b)
        };
        if distance((grey, grey, grey)) < distance(cube_rgb) {
            232 + grey_step as u8
        } else {
            cube_index as u8
        }
    }

    /// The colour for comfy-table.
    pub fn terminal(&self) -> comfy_table::Color {
        comfy_table::Color::AnsiValue(self.ansi256())
    }

    /// The text colour that reads on this colour: black on the light ones, white on the dark.
    pub fn text_on(&self) -> &'static str {
        let (r, g, b) = self.rgb;
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        let luminance = 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
        // The luminance where black and white text have the same contrast (WCAG).
        if luminance > 0.179 { "#000" } else { "#fff" }
    }

    /// The ANSI escape that sets it as the foreground colour.
    pub fn ansi_fg(&self) -> String {
        format!("\x1b[38;5;{}m", self.ansi256())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_palette_is_okabe_ito_in_hex_and_256_colours() {
        let hex: Vec<String> = ROLES.iter().map(Swatch::hex).collect();
        assert_eq!(
            hex,
            [
                "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442"
            ]
        );
        // Blue, orange and bluish green stay distinct in 256 colours.
        let ansi: Vec<u8> = ROLES[..3].iter().map(Swatch::ansi256).collect();
        assert_eq!(ansi, [25, 178, 35]);
        assert_eq!(NEUTRAL.ansi256(), 246);
        assert_eq!(role(7), role(0));
        let text: Vec<&str> = ROLES.iter().map(Swatch::text_on).collect();
        assert_eq!(text, ["#fff", "#000", "#000", "#000", "#000", "#000", "#000"]);
    }
}
